import DataLoader from 'dataloader';
import type { IdentityKind } from '@devpulse/domain';
import type { DataSource } from 'typeorm';

export interface IdentityRow {
  readonly kind: IdentityKind;
  readonly value: string;
}

export interface TeamRow {
  readonly id: string;
  readonly name: string;
}

/** Per-request loaders behind Developer's field resolvers: one query per list of developers, not one per developer. */
export interface DeveloperLoaders {
  /** Identities of a developer, by kind, oldest first within a kind. */
  readonly identities: DataLoader<string, readonly IdentityRow[]>;
  readonly team: DataLoader<string, TeamRow | null>;
}

/** Scoped to one organization, so a developer id of another organization loads nothing. */
export function createDeveloperLoaders(dataSource: DataSource, organizationId: string): DeveloperLoaders {
  return {
    identities: new DataLoader(async (developerIds: readonly string[]) => {
      const rows: (IdentityRow & { developer_id: string })[] = await dataSource.query(
        `SELECT developer_id, kind, value FROM developer_identities
          WHERE organization_id = $1 AND developer_id = ANY($2::uuid[])
          ORDER BY kind, created_at, value`,
        [organizationId, developerIds],
      );
      const byDeveloper = groupBy(rows, (row) => row.developer_id);
      return developerIds.map((id) => (byDeveloper.get(id) ?? []).map(({ kind, value }) => ({ kind, value })));
    }),
    team: new DataLoader(async (developerIds: readonly string[]) => {
      const rows: (TeamRow & { developer_id: string })[] = await dataSource.query(
        `SELECT m.developer_id, t.id, t.name FROM team_members m
           JOIN teams t ON t.organization_id = m.organization_id AND t.id = m.team_id
          WHERE m.organization_id = $1 AND m.developer_id = ANY($2::uuid[])`,
        [organizationId, developerIds],
      );
      const byDeveloper = new Map(rows.map((row) => [row.developer_id, { id: row.id, name: row.name }]));
      return developerIds.map((id) => byDeveloper.get(id) ?? null);
    }),
  };
}

function groupBy<T>(rows: readonly T[], keyOf: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const key = keyOf(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return groups;
}
