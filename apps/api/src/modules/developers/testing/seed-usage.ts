import type { IdentityKind } from '@devpulse/domain';
import type { DataSource } from 'typeorm';

/** Inserts a developer and its identities directly, as an import would have left them. */
export async function seedDeveloper(
  dataSource: DataSource,
  organizationId: string,
  displayName: string,
  identities: readonly { kind: IdentityKind; value: string }[],
  isService = false,
): Promise<string> {
  const rows: { id: string }[] = await dataSource.query(
    `INSERT INTO developers (organization_id, display_name, is_service) VALUES ($1, $2, $3) RETURNING id`,
    [organizationId, displayName, isService],
  );
  const id = rows[0]?.id;
  if (id === undefined) throw new Error('no developer inserted');
  for (const identity of identities) {
    await dataSource.query(
      `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value) VALUES ($1, $2, $3, $4, $4)`,
      [organizationId, id, identity.kind, identity.value],
    );
  }
  return id;
}

export interface DailyKey {
  readonly developerId: string;
  readonly tool: string;
  readonly day: string;
}

/** Inserts one daily_developer_metrics row; `values` maps column names to values, the rest take their defaults. */
export async function seedDailyRow(
  dataSource: DataSource,
  organizationId: string,
  key: DailyKey & { source: 'COPILOT' | 'CLAUDE_CODE' | 'OTHER' },
  values: Readonly<Record<string, number | boolean | null>> = {},
): Promise<void> {
  const columns = Object.keys(values);
  await dataSource.query(
    `INSERT INTO daily_developer_metrics (organization_id, developer_id, tool, day, source${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2, $3, $4, $5${columns.map((_, i) => `, $${i + 6}`).join('')})`,
    [organizationId, key.developerId, key.tool, key.day, key.source, ...Object.values(values)],
  );
}

/** Inserts one daily_metric_breakdowns row under an existing daily row. */
export async function seedBreakdownRow(
  dataSource: DataSource,
  organizationId: string,
  key: DailyKey & { source: 'COPILOT' | 'CLAUDE_CODE' | 'OTHER'; dimension: string; key: string; key2?: string },
  values: Readonly<Record<string, number>> = {},
): Promise<void> {
  const columns = Object.keys(values);
  await dataSource.query(
    `INSERT INTO daily_metric_breakdowns
       (organization_id, developer_id, tool, day, source, dimension, key, key2, raw_key, raw_key2${columns.map((c) => `, ${c}`).join('')})
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $7, $8${columns.map((_, i) => `, $${i + 9}`).join('')})`,
    [
      organizationId,
      key.developerId,
      key.tool,
      key.day,
      key.source,
      key.dimension,
      key.key,
      key.key2 ?? '',
      ...Object.values(values),
    ],
  );
}
