import { randomUUID } from 'node:crypto';
import type { StoredDailyRow } from '@devpulse/domain';
import type { DataSource } from 'typeorm';

/** A developer for a test fixture; the label the API shows is the login, else the email, else the name. */
export interface FixtureDeveloper {
  id?: string;
  displayName: string;
  githubLogin?: string;
  email?: string;
  teamId?: string;
}

/** A stored row as the domain's reference aggregator reads it, minus the label (that comes from identities). */
export type FixtureRow = Omit<StoredDailyRow, 'label'>;

/** Inserts developers with their identities and team membership; returns their ids in order. */
export async function seedDevelopers(
  dataSource: DataSource,
  organizationId: string,
  developers: readonly FixtureDeveloper[],
): Promise<string[]> {
  const withIds = developers.map((developer) => ({ ...developer, id: developer.id ?? randomUUID() }));
  await dataSource.query(
    `INSERT INTO developers (id, organization_id, display_name)
     SELECT r.id, $1, r.display_name FROM json_to_recordset($2::json) AS r(id uuid, display_name text)`,
    [organizationId, JSON.stringify(withIds.map((d) => ({ id: d.id, display_name: d.displayName })))],
  );
  const identities = withIds.flatMap((d) => [
    ...(d.githubLogin ? [{ developer_id: d.id, kind: 'github_login', value: d.githubLogin }] : []),
    ...(d.email ? [{ developer_id: d.id, kind: 'email', value: d.email }] : []),
  ]);
  await dataSource.query(
    `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value)
     SELECT $1, r.developer_id, r.kind, lower(r.value), r.value
     FROM json_to_recordset($2::json) AS r(developer_id uuid, kind text, value text)`,
    [organizationId, JSON.stringify(identities)],
  );
  const members = withIds.flatMap((d) => (d.teamId ? [{ team_id: d.teamId, developer_id: d.id }] : []));
  await dataSource.query(
    `INSERT INTO team_members (organization_id, team_id, developer_id)
     SELECT $1, r.team_id, r.developer_id FROM json_to_recordset($2::json) AS r(team_id uuid, developer_id uuid)`,
    [organizationId, JSON.stringify(members)],
  );
  return withIds.map((d) => d.id);
}

export async function seedTeam(dataSource: DataSource, organizationId: string, name: string): Promise<string> {
  const [row] = (await dataSource.query(`INSERT INTO teams (organization_id, name) VALUES ($1, $2) RETURNING id`, [
    organizationId,
    name,
  ])) as { id: string }[];
  if (!row) throw new Error('team insert returned nothing');
  return row.id;
}

/** Inserts daily rows and their breakdown cells as the ingestion writer would store them. */
export async function seedUsage(
  dataSource: DataSource,
  organizationId: string,
  rows: readonly FixtureRow[],
): Promise<void> {
  const daily = rows.map((row) => ({
    developer_id: row.developerId,
    tool: row.tool,
    day: row.day,
    source: row.source,
    generations: row.counters.generations,
    acceptances: row.counters.acceptances,
    interactions: row.counters.interactions,
    lines_added: row.counters.linesAdded,
    lines_deleted: row.counters.linesDeleted,
  }));
  await dataSource.query(
    `INSERT INTO daily_developer_metrics (organization_id, developer_id, tool, day, source, generations, acceptances,
       interactions, lines_added, lines_deleted)
     SELECT $1, r.developer_id, r.tool, r.day, r.source, r.generations, r.acceptances, r.interactions, r.lines_added,
       r.lines_deleted
     FROM json_to_recordset($2::json) AS r(developer_id uuid, tool text, day date, source text, generations int,
       acceptances int, interactions int, lines_added int, lines_deleted int)`,
    [organizationId, JSON.stringify(daily)],
  );
  const cells = rows.flatMap((row) =>
    row.breakdowns.map((cell) => ({
      developer_id: row.developerId,
      tool: row.tool,
      day: row.day,
      source: row.source,
      dimension: cell.dimension,
      key: cell.key,
      key2: cell.key2,
      generations: cell.generations,
      acceptances: cell.acceptances,
      interactions: cell.interactions,
      lines_added: cell.linesAdded,
      lines_deleted: cell.linesDeleted,
    })),
  );
  await dataSource.query(
    `INSERT INTO daily_metric_breakdowns (organization_id, developer_id, tool, day, source, dimension, key, key2,
       raw_key, raw_key2, generations, acceptances, interactions, lines_added, lines_deleted)
     SELECT $1, r.developer_id, r.tool, r.day, r.source, r.dimension, r.key, r.key2, r.key, r.key2, r.generations,
       r.acceptances, r.interactions, r.lines_added, r.lines_deleted
     FROM json_to_recordset($2::json) AS r(developer_id uuid, tool text, day date, source text, dimension text,
       key text, key2 text, generations int, acceptances int, interactions int, lines_added int, lines_deleted int)`,
    [organizationId, JSON.stringify(cells)],
  );
}

/** Deletes an organization's usage, developers and teams, so one spec can load several datasets in turn. */
export async function clearUsage(dataSource: DataSource, organizationId: string): Promise<void> {
  await dataSource.query(`DELETE FROM daily_developer_metrics WHERE organization_id = $1`, [organizationId]);
  await dataSource.query(`DELETE FROM developers WHERE organization_id = $1`, [organizationId]);
  await dataSource.query(`DELETE FROM teams WHERE organization_id = $1`, [organizationId]);
}
