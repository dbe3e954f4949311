import { gatedAcceptanceRate, type UserAggregate } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import type { ResolvedFilter } from '../resolved-filter';
import { ACTIVE_DAY_SQL, developerDaysCte } from './developer-days.sql';
import { developerLabelSql } from './developer-label.sql';
import { toNumber } from './numeric';
import { SqlParams } from './sql-params';

/** A per-user aggregate with what the `Developer` type needs, so no per-row lookup follows. */
export interface UserAggregateWithDeveloper extends UserAggregate {
  displayName: string;
  isService: boolean;
}

interface UserRow {
  developer_id: string;
  display_name: string;
  is_service: boolean;
  label: string;
  generations: string;
  acceptances: string;
  interactions: string;
  lines_added: string;
  lines_deleted: string;
  days_active: string;
}

/**
 * `per_user`: one row per developer with any stored row in the filter, even an inactive one (so the list
 * agrees with the explorer), with summed counters and active days.
 */
export function perUserCte(): string {
  return `per_user AS (
  SELECT developer_id, sum(generations) AS generations, sum(acceptances) AS acceptances,
    sum(interactions) AS interactions, sum(lines_added) AS lines_added, sum(lines_deleted) AS lines_deleted,
    count(*) FILTER (WHERE ${ACTIVE_DAY_SQL}) AS days_active
  FROM dd GROUP BY developer_id
)`;
}

/** Every developer with a row, by generations descending, then label and id (code-unit order, as the domain). */
export async function queryByUser(
  dataSource: DataSource,
  filter: ResolvedFilter,
): Promise<UserAggregateWithDeveloper[]> {
  const params = new SqlParams();
  const sql = `WITH ${developerDaysCte(filter, params)}, ${perUserCte()},
labelled AS (
  SELECT p.*, d.display_name, d.is_service, ${developerLabelSql('d')} AS label
  FROM per_user p JOIN developers d ON d.organization_id = ${params.add(filter.organizationId)}::uuid AND d.id = p.developer_id
)
SELECT * FROM labelled ORDER BY generations DESC, label COLLATE "C", developer_id`;
  const rows = (await dataSource.query(sql, params.values)) as UserRow[];
  return rows.map((row) => {
    const generations = toNumber(row.generations);
    const acceptances = toNumber(row.acceptances);
    return {
      developerId: row.developer_id,
      label: row.label,
      displayName: row.display_name,
      isService: row.is_service,
      generations,
      acceptances,
      acceptanceRate: gatedAcceptanceRate(acceptances, generations),
      linesAdded: toNumber(row.lines_added),
      linesDeleted: toNumber(row.lines_deleted),
      interactions: toNumber(row.interactions),
      daysActive: toNumber(row.days_active),
    };
  });
}
