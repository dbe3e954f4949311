import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Organizations, API tokens, developers and their identities, teams.
 * Every tenant table carries organization_id, and it leads every unique key, so one organization's
 * data can never collide with or be reached through another's.
 */
export class InitialSchema1764064800000 implements MigrationInterface {
  name = 'InitialSchema1764064800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organizations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        slug text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9][a-z0-9-]{0,62}$'),
        name text NOT NULL,
        settings jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE api_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 100),
        role text NOT NULL CHECK (role IN ('admin', 'viewer')),
        token_hash text NOT NULL CHECK (token_hash ~ '^[0-9a-f]{64}$'),
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz,
        revoked_at timestamptz,
        UNIQUE (organization_id, token_hash)
      )`);
    // Authentication looks a token up by its hash alone.
    await q.query(`CREATE INDEX api_tokens_token_hash_idx ON api_tokens (token_hash)`);
    await q.query(`
      CREATE TABLE developers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        display_name text NOT NULL,
        is_service boolean NOT NULL DEFAULT false,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, id)
      )`);
    await q.query(`
      CREATE TABLE developer_identities (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL,
        developer_id uuid NOT NULL,
        kind text NOT NULL CHECK (kind IN ('github_user_id', 'github_login', 'email', 'api_key')),
        value text NOT NULL CHECK (length(value) > 0),
        raw_value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, kind, value),
        FOREIGN KEY (organization_id, developer_id) REFERENCES developers (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX developer_identities_developer_idx ON developer_identities (organization_id, developer_id)`);
    await q.query(`
      CREATE TABLE teams (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
        created_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (organization_id, name),
        UNIQUE (organization_id, id)
      )`);
    await q.query(`
      CREATE TABLE team_members (
        organization_id uuid NOT NULL,
        team_id uuid NOT NULL,
        developer_id uuid NOT NULL,
        PRIMARY KEY (organization_id, team_id, developer_id),
        FOREIGN KEY (organization_id, team_id) REFERENCES teams (organization_id, id) ON DELETE CASCADE,
        FOREIGN KEY (organization_id, developer_id) REFERENCES developers (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX team_members_developer_idx ON team_members (organization_id, developer_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE team_members`);
    await q.query(`DROP TABLE teams`);
    await q.query(`DROP TABLE developer_identities`);
    await q.query(`DROP TABLE developers`);
    await q.query(`DROP TABLE api_tokens`);
    await q.query(`DROP TABLE organizations`);
  }
}
