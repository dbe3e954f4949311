import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Unified AI-usage storage and the import audit trail.
 * daily_developer_metrics: one row per (organization, developer, tool, day) — the natural key that makes
 * re-imports idempotent. daily_metric_breakdowns: the same key plus dimension and key(s); it repeats the
 * parent key instead of referencing a surrogate id so aggregates filter by day/developer without a join.
 */
export class UsageMetrics1764068400000 implements MigrationInterface {
  name = 'UsageMetrics1764068400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE metric_ingestion_runs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        organization_id uuid NOT NULL REFERENCES organizations(id) ON DELETE CASCADE,
        token_id uuid REFERENCES api_tokens(id) ON DELETE SET NULL,
        file_name text NOT NULL,
        format text CHECK (format IN ('COPILOT_NDJSON', 'CLAUDE_CODE_JSON', 'GENERIC_CSV')),
        status text NOT NULL CHECK (status IN ('PROCESSING', 'COMPLETED', 'FAILED')),
        rows_processed integer NOT NULL DEFAULT 0,
        rows_errored integer NOT NULL DEFAULT 0,
        error_details jsonb NOT NULL DEFAULT '[]'::jsonb,
        warnings jsonb NOT NULL DEFAULT '[]'::jsonb,
        summary jsonb NOT NULL DEFAULT '{}'::jsonb,
        bytes bigint NOT NULL DEFAULT 0,
        sha256 text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz,
        UNIQUE (organization_id, id)
      )`);
    // Run history (newest first) and the per-organization hourly upload limit both read this.
    await q.query(`CREATE INDEX metric_ingestion_runs_org_created_idx ON metric_ingestion_runs (organization_id, created_at DESC)`);

    await q.query(`
      CREATE TABLE daily_developer_metrics (
        organization_id uuid NOT NULL,
        developer_id uuid NOT NULL,
        tool text NOT NULL CHECK (tool ~ '^[a-z0-9_.-]{1,64}$'),
        day date NOT NULL,
        source text NOT NULL CHECK (source IN ('COPILOT', 'CLAUDE_CODE', 'OTHER')),
        generations integer NOT NULL DEFAULT 0 CHECK (generations >= 0),
        acceptances integer NOT NULL DEFAULT 0 CHECK (acceptances >= 0),
        interactions integer NOT NULL DEFAULT 0 CHECK (interactions >= 0),
        loc_suggested_add integer NOT NULL DEFAULT 0 CHECK (loc_suggested_add >= 0),
        loc_suggested_delete integer NOT NULL DEFAULT 0 CHECK (loc_suggested_delete >= 0),
        lines_added integer NOT NULL DEFAULT 0 CHECK (lines_added >= 0),
        lines_deleted integer NOT NULL DEFAULT 0 CHECK (lines_deleted >= 0),
        sessions integer NOT NULL DEFAULT 0 CHECK (sessions >= 0),
        commits integer NOT NULL DEFAULT 0 CHECK (commits >= 0),
        pull_requests integer NOT NULL DEFAULT 0 CHECK (pull_requests >= 0),
        tokens_input bigint NOT NULL DEFAULT 0 CHECK (tokens_input >= 0),
        tokens_output bigint NOT NULL DEFAULT 0 CHECK (tokens_output >= 0),
        tokens_cache_creation bigint NOT NULL DEFAULT 0 CHECK (tokens_cache_creation >= 0),
        tokens_cache_read bigint NOT NULL DEFAULT 0 CHECK (tokens_cache_read >= 0),
        cost_cents numeric(16, 4) NOT NULL DEFAULT 0 CHECK (cost_cents >= 0),
        ai_credits numeric(16, 4) CHECK (ai_credits >= 0),
        active_minutes integer CHECK (active_minutes >= 0),
        used_agent boolean NOT NULL DEFAULT false,
        used_chat boolean NOT NULL DEFAULT false,
        used_cli boolean NOT NULL DEFAULT false,
        used_code_review boolean NOT NULL DEFAULT false,
        used_cloud_agent boolean NOT NULL DEFAULT false,
        last_run_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (organization_id, developer_id, tool, day),
        FOREIGN KEY (organization_id, developer_id) REFERENCES developers (organization_id, id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX daily_developer_metrics_org_day_idx ON daily_developer_metrics (organization_id, day)`);

    await q.query(`
      CREATE TABLE daily_metric_breakdowns (
        organization_id uuid NOT NULL,
        developer_id uuid NOT NULL,
        tool text NOT NULL,
        day date NOT NULL,
        source text NOT NULL CHECK (source IN ('COPILOT', 'CLAUDE_CODE', 'OTHER')),
        dimension text NOT NULL
          CHECK (dimension IN ('ide', 'feature', 'language', 'model', 'language_feature', 'language_model', 'model_feature')),
        key text NOT NULL,
        key2 text NOT NULL DEFAULT '',
        raw_key text NOT NULL,
        raw_key2 text NOT NULL DEFAULT '',
        generations integer NOT NULL DEFAULT 0 CHECK (generations >= 0),
        acceptances integer NOT NULL DEFAULT 0 CHECK (acceptances >= 0),
        interactions integer NOT NULL DEFAULT 0 CHECK (interactions >= 0),
        loc_suggested_add integer NOT NULL DEFAULT 0 CHECK (loc_suggested_add >= 0),
        loc_suggested_delete integer NOT NULL DEFAULT 0 CHECK (loc_suggested_delete >= 0),
        lines_added integer NOT NULL DEFAULT 0 CHECK (lines_added >= 0),
        lines_deleted integer NOT NULL DEFAULT 0 CHECK (lines_deleted >= 0),
        PRIMARY KEY (organization_id, developer_id, tool, day, dimension, key, key2),
        FOREIGN KEY (organization_id, developer_id, tool, day)
          REFERENCES daily_developer_metrics (organization_id, developer_id, tool, day) ON DELETE CASCADE ON UPDATE CASCADE
      )`);
    await q.query(`CREATE INDEX daily_metric_breakdowns_org_dim_day_idx ON daily_metric_breakdowns (organization_id, dimension, day)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE daily_metric_breakdowns`);
    await q.query(`DROP TABLE daily_developer_metrics`);
    await q.query(`DROP TABLE metric_ingestion_runs`);
  }
}
