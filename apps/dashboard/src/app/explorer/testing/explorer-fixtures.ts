import { developerValue, metricDefinitions, type ValueConfig } from '@devpulse/domain';
import type { ExplorerMetricDefinitionsQuery, ExplorerQuery } from '../../core/graphql/generated';

type ExplorerPageData = ExplorerQuery['explorer'];
type Row = ExplorerPageData['rows'][number];

export const PERIOD = { from: '2026-11-01', to: '2026-11-28' };

/** A row as the API serves it: value fields computed with `config` (the API's default unless given). */
export function explorerRow(
  id: string,
  lines: { daysActive?: number; generations?: number; linesAdded?: number; linesDeleted?: number },
  config: ValueConfig = { linesPerHour: 30, ratePerHour: 90, currency: 'USD' },
  names: { githubLogin?: string | null; email?: string | null; displayName?: string } = {},
): Row {
  const counts = { daysActive: 1, generations: 0, linesAdded: 0, linesDeleted: 0, ...lines };
  const { valueAdded, valueDeleted, totalValue } = developerValue(counts, config);
  return {
    developer: {
      id,
      displayName: names.displayName ?? `Developer ${id}`,
      githubLogin: names.githubLogin === undefined ? `login-${id}` : names.githubLogin,
      email: names.email === undefined ? null : names.email,
    },
    ...counts,
    netLines: counts.linesAdded - counts.linesDeleted,
    valueAdded,
    valueDeleted,
    totalValue,
  };
}

/** A page whose totals are the sums of `rows` plus `others` developers' lines not on the page. */
export function explorerPage(
  rows: Row[],
  options: { hasNextPage?: boolean; endCursor?: string | null; developers?: number } = {},
): { explorer: ExplorerPageData } {
  const sum = (pick: (row: Row) => number) => rows.reduce((total, row) => total + pick(row), 0);
  return {
    explorer: {
      period: PERIOD,
      rows,
      totals: {
        developers: options.developers ?? rows.length,
        daysActive: sum((r) => r.daysActive),
        generations: sum((r) => r.generations),
        linesAdded: sum((r) => r.linesAdded),
        linesDeleted: sum((r) => r.linesDeleted),
        netLines: sum((r) => r.netLines),
        valueAdded: sum((r) => r.valueAdded),
        valueDeleted: sum((r) => r.valueDeleted),
        totalValue: sum((r) => r.totalValue),
      },
      pageInfo: { hasNextPage: options.hasNextPage ?? false, endCursor: options.endCursor ?? null },
    },
  };
}

/** What `metricDefinitions` serves: the domain's definitions. */
export function definitionsResponse(): ExplorerMetricDefinitionsQuery {
  return { metricDefinitions: metricDefinitions() };
}

/** The PeriodAnchor answer: the API's default period. */
export function periodAnchorResponse() {
  return { metrics: { period: { ...PERIOD, days: 28 } } };
}
