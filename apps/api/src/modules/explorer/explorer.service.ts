import { developerValue, validateValueConfig, type ValueConfig, type ValueConfigInput } from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../../graphql/errors';
import type { ResolvedFilter } from '../metrics/resolved-filter';
import { decodeCursor, encodeCursor } from './explorer-cursor';
import { queryExplorerPage, type ExplorerLineRow } from './explorer.query';
import { DEFAULT_EXPLORER_SORT, type ExplorerSort } from './explorer-sort';
import type { ExplorerPage, ExplorerRow } from './explorer.types';

export const MAX_EXPLORER_PAGE = 500;
const MAX_SEARCH_LENGTH = 200;

export interface ExplorerRequest {
  filter: ResolvedFilter;
  value?: ValueConfigInput | null;
  sort?: ExplorerSort | null;
  first?: number | null;
  after?: string | null;
  search?: string | null;
}

/** Per-developer lines from SQL; value from the domain's `developerValue`, so the formula lives in one place. */
export class ExplorerService {
  constructor(private readonly dataSource: DataSource) {}

  async page(request: ExplorerRequest): Promise<ExplorerPage> {
    const valueConfig = checkedValueConfig(request.value);
    const sort = request.sort ?? DEFAULT_EXPLORER_SORT;
    const first = request.first ?? 50;
    if (!Number.isInteger(first) || first < 1 || first > MAX_EXPLORER_PAGE) {
      throw badUserInput(`first must be between 1 and ${MAX_EXPLORER_PAGE}.`, { field: 'first' });
    }
    const search = request.search?.trim() ? request.search.trim() : null;
    if (search !== null && search.length > MAX_SEARCH_LENGTH) {
      throw badUserInput(`search has at most ${MAX_SEARCH_LENGTH} characters.`, { field: 'search' });
    }
    const after = request.after ? decodeCursor(request.after, sort) : null;
    const page = await queryExplorerPage(this.dataSource, { filter: request.filter, sort, first, after, search });
    const last = page.rows.at(-1);
    const totals = page.totals;
    return {
      rows: page.rows.map((row) => toExplorerRow(row, valueConfig)),
      totals: {
        ...totals,
        netLines: totals.linesAdded - totals.linesDeleted,
        ...valuesOf(totals, valueConfig),
      },
      totalCount: totals.developers,
      pageInfo: {
        endCursor: last
          ? encodeCursor({
              field: sort.field,
              direction: sort.direction,
              value: last.sortValue,
              developerId: last.developerId,
            })
          : null,
        hasNextPage: page.hasNextPage,
      },
      valueConfig,
      period: { from: request.filter.from, to: request.filter.to, days: request.filter.days },
    };
  }
}

/** The domain validates; its messages become one BAD_USER_INPUT listing every bad field. */
export function checkedValueConfig(input: ValueConfigInput | null | undefined): ValueConfig {
  const result = validateValueConfig(input);
  if (!result.ok) {
    throw badUserInput(result.errors.map((error) => error.message).join('; '), {
      fields: result.errors.map((error) => error.field),
    });
  }
  return result.config;
}

function valuesOf(lines: { linesAdded: number; linesDeleted: number }, config: ValueConfig) {
  const { valueAdded, valueDeleted, totalValue } = developerValue(lines, config);
  return { valueAdded, valueDeleted, totalValue };
}

function toExplorerRow(row: ExplorerLineRow, config: ValueConfig): ExplorerRow {
  return {
    developer: { id: row.developerId, displayName: row.displayName, isService: row.isService },
    label: row.label,
    daysActive: row.daysActive,
    generations: row.generations,
    linesAdded: row.linesAdded,
    linesDeleted: row.linesDeleted,
    netLines: row.linesAdded - row.linesDeleted,
    ...valuesOf(row, config),
  };
}
