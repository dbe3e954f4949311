import { addDays } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { refreshRollups } from '../../apps/api/src/modules/metrics/dimension-rollups';
import { BulkWriter } from './bulk-writer';
import { SeededRandom } from './seeded-random';
import { syntheticDevelopers, teamCount, type SyntheticDeveloper } from './synthetic-developers';
import { developerDayUsage } from './synthetic-usage';

export interface SeedOptions {
  organizationSlug: string;
  developers: number;
  days: number;
  /** Last day of the data, `YYYY-MM-DD`. */
  lastDay: string;
  seed: number;
  /** COPY on real PostgreSQL; multi-row INSERT on embedded PGlite (COPY through its socket server is not relied on). */
  useCopy: boolean;
  log: (message: string) => void;
}

export interface SeedResult {
  organizationId: string;
  developers: number;
  dailyRows: number;
  breakdownRows: number;
  firstDay: string;
  lastDay: string;
}

/** Replaces the organization's developers, teams and usage with a synthetic, reproducible history. */
export async function seedOrganization(dataSource: DataSource, options: SeedOptions): Promise<SeedResult> {
  const random = new SeededRandom(options.seed);
  const organizationId = await recreateOrganization(dataSource, options.organizationSlug);
  const developers = syntheticDevelopers(random, options.developers, options.days);
  const teamIds = await insertTeams(dataSource, organizationId, teamCount(options.developers));
  await insertDevelopers(dataSource, organizationId, developers, teamIds);
  options.log(`${developers.length} developers in ${teamIds.length} teams`);

  const firstDay = addDays(options.lastDay, -(options.days - 1));
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    // The generator only writes breakdowns under rows it has just written, so foreign-key checks (a trigger per
    // row, half the insert time) are skipped for this session; ids are sorted so primary-key inserts append.
    await runner.query(`SET session_replication_role = replica`);
    const writer = new BulkWriter(runner, organizationId, options.useCopy);
    const byId = [...developers].sort((a, b) => (a.id < b.id ? -1 : 1));
    for (const [index, developer] of byId.entries()) {
      for (let dayIndex = 0; dayIndex < options.days; dayIndex++) {
        const day = addDays(firstDay, dayIndex);
        for (const { row, breakdowns } of developerDayUsage(random, developer, day, dayIndex, options.days)) {
          await writer.add(row, breakdowns);
        }
      }
      if (index % 1000 === 999) {
        options.log(
          `${index + 1} developers: ${writer.written.daily} daily rows, ${writer.written.breakdowns} breakdown rows`,
        );
      }
    }
    await writer.close();
    await runner.query(`SET session_replication_role = DEFAULT`);
    // Triggers (foreign keys, rollups, the data-version bump) were off during the load: rebuild the dimension and
    // activity rollups and bump the version by hand so cached aggregates of this organization are recomputed.
    options.log('rebuilding rollups');
    await refreshRollups(runner.manager, organizationId, { from: firstDay, to: options.lastDay });
    await runner.query(
      `INSERT INTO metric_data_versions (organization_id) VALUES ($1)
       ON CONFLICT (organization_id) DO UPDATE SET version = metric_data_versions.version + 1, changed_at = now()`,
      [organizationId],
    );
    // VACUUM sets the visibility map, so aggregates can use index-only scans; ANALYZE refreshes the statistics —
    // of every table written, as autovacuum would soon (it may be off, as on the benchmark machine): without
    // statistics for `developers`, PostgreSQL hash-joined all 10,000 of them to label one developer's row.
    await runner.query('VACUUM ANALYZE developers, developer_identities, teams, team_members');
    await runner.query('VACUUM ANALYZE daily_developer_metrics');
    await runner.query('ANALYZE daily_metric_breakdowns');
    await runner.query('VACUUM ANALYZE daily_activity_rollups, developer_period_rollups');
    return {
      organizationId,
      developers: developers.length,
      dailyRows: writer.written.daily,
      breakdownRows: writer.written.breakdowns,
      firstDay,
      lastDay: options.lastDay,
    };
  } finally {
    await runner.release();
  }
}

async function recreateOrganization(dataSource: DataSource, slug: string): Promise<string> {
  const existing = (await dataSource.query(`SELECT id FROM organizations WHERE slug = $1`, [slug])) as { id: string }[];
  const id = existing[0]?.id;
  if (id) {
    // Breakdowns first: deleting them through the cascade from developers would be row by row.
    await dataSource.query(`DELETE FROM daily_metric_breakdowns WHERE organization_id = $1`, [id]);
    await dataSource.query(`DELETE FROM daily_developer_metrics WHERE organization_id = $1`, [id]);
    await dataSource.query(`DELETE FROM developers WHERE organization_id = $1`, [id]);
    await dataSource.query(`DELETE FROM teams WHERE organization_id = $1`, [id]);
    return id;
  }
  const [created] = (await dataSource.query(`INSERT INTO organizations (slug, name) VALUES ($1, $2) RETURNING id`, [
    slug,
    `Seeded ${slug}`,
  ])) as { id: string }[];
  if (!created) throw new Error('organization insert returned nothing');
  return created.id;
}

async function insertTeams(dataSource: DataSource, organizationId: string, count: number): Promise<string[]> {
  const names = Array.from({ length: count }, (_, index) => `Team ${String(index + 1).padStart(4, '0')}`);
  const rows = (await dataSource.query(
    `INSERT INTO teams (organization_id, name) SELECT $1, unnest($2::text[]) RETURNING id, name`,
    [organizationId, names],
  )) as { id: string; name: string }[];
  const byName = new Map(rows.map((row) => [row.name, row.id]));
  return names.map((name) => byName.get(name) ?? '');
}

async function insertDevelopers(
  dataSource: DataSource,
  organizationId: string,
  developers: readonly SyntheticDeveloper[],
  teamIds: readonly string[],
): Promise<void> {
  await dataSource.query(
    `INSERT INTO developers (id, organization_id, display_name) SELECT unnest($2::uuid[]), $1, unnest($3::text[])`,
    [organizationId, developers.map((d) => d.id), developers.map((d) => d.displayName)],
  );
  const identities = developers.flatMap((d) => [
    ...(d.githubLogin ? [{ developerId: d.id, kind: 'github_login', value: d.githubLogin }] : []),
    { developerId: d.id, kind: 'email', value: d.email },
  ]);
  await dataSource.query(
    `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value)
     SELECT $1, i.developer_id, i.kind, i.value, i.value FROM unnest($2::uuid[], $3::text[], $4::text[]) AS i(developer_id, kind, value)`,
    [
      organizationId,
      identities.map((i) => i.developerId),
      identities.map((i) => i.kind),
      identities.map((i) => i.value),
    ],
  );
  await dataSource.query(
    `INSERT INTO team_members (organization_id, team_id, developer_id) SELECT $1, unnest($2::uuid[]), unnest($3::uuid[])`,
    [organizationId, developers.map((d) => teamIds[d.teamIndex] ?? teamIds[0]), developers.map((d) => d.id)],
  );
}
