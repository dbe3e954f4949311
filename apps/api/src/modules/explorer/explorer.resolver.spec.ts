import { startTestApp, type TestApp } from '../../testing/test-app';
import { EXPLORER_QUERY, type ExplorerResult, type ExplorerRowResult } from '../metrics/testing/metrics-documents';
import { seedDevelopers, seedUsage, type FixtureRow } from '../metrics/testing/seed-usage';
import { ALICE, BOB, CAROL, loadSmallFixture } from '../metrics/testing/small-fixture';
import { ExplorerSortField } from './explorer-sort';

const PERIOD = { from: '2025-03-01', to: '2025-03-03' };
const SORT_PERIOD = { from: '2025-06-01', to: '2025-06-04' };

/** Twelve developers in June whose counters repeat on purpose, so every column has ties to break by id. */
function sortFixture(): { ids: string[]; rows: FixtureRow[]; logins: string[] } {
  const ids = Array.from({ length: 12 }, (_, i) => `00000000-0000-4000-9000-${String(i + 1).padStart(12, '0')}`);
  const logins = ids.map(
    (_, i) => ['zed', 'amy', 'Bea', 'amy2', '_x', 'ömer', 'kim', 'lee', 'max', 'ned', 'oli', 'pam'][i] ?? '',
  );
  const rows: FixtureRow[] = ids.flatMap((developerId, i) =>
    Array.from({ length: 1 + (i % 3) }, (_, d) => ({
      developerId,
      source: 'COPILOT' as const,
      tool: 'copilot',
      day: `2025-06-0${d + 1}`,
      counters: {
        generations: (i % 4) * 10,
        acceptances: 1,
        interactions: i % 2,
        linesAdded: (i % 5) * 7,
        linesDeleted: (i % 3) * 11,
      },
      breakdowns: [],
    })),
  );
  return { ids, rows, logins };
}

describe('explorer', () => {
  let app: TestApp;
  let sortIds: string[];

  beforeAll(async () => {
    app = await startTestApp();
    const dataSource = app.db.database.dataSource;
    await loadSmallFixture(dataSource, app.orgA.id, app.orgB.id);
    const fixture = sortFixture();
    sortIds = fixture.ids;
    await seedDevelopers(
      dataSource,
      app.orgA.id,
      fixture.ids.map((id, i) => ({ id, displayName: `Dev ${i}`, githubLogin: fixture.logins[i] })),
    );
    await seedUsage(dataSource, app.orgA.id, fixture.rows);
  });
  afterAll(() => app.close());

  const explore = async (variables: Record<string, unknown>, token?: string) => {
    const response = await app.graphql<ExplorerResult>(EXPLORER_QUERY, variables, token);
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.explorer;
  };

  it('computes rows, values and totals (hand-computed, default sort: net lines descending)', async () => {
    const page = await explore({ filter: PERIOD });
    expect(page.rows).toEqual([
      // alice: +75 −30 = 45 net; value added 75 ÷ 30 × 90 = 225, deleted 30 ÷ 30 × 90 = 90
      {
        developer: { id: ALICE, displayName: 'Alice A' },
        label: 'alice-gh',
        daysActive: 2,
        generations: 110,
        linesAdded: 75,
        linesDeleted: 30,
        netLines: 45,
        valueAdded: 225,
        valueDeleted: 90,
        totalValue: 315,
      },
      // bob and carol tie at 0 net lines: developer id decides (…0b before …0c)
      {
        developer: { id: BOB, displayName: 'Bob B' },
        label: 'bob@example.com',
        daysActive: 1,
        generations: 40,
        linesAdded: 0,
        linesDeleted: 0,
        netLines: 0,
        valueAdded: 0,
        valueDeleted: 0,
        totalValue: 0,
      },
      {
        developer: { id: CAROL, displayName: 'Carol C' },
        label: 'Carol C',
        daysActive: 0,
        generations: 0,
        linesAdded: 0,
        linesDeleted: 0,
        netLines: 0,
        valueAdded: 0,
        valueDeleted: 0,
        totalValue: 0,
      },
    ]);
    expect(page.totals).toEqual({
      developers: 3,
      daysActive: 3,
      generations: 150,
      linesAdded: 75,
      linesDeleted: 30,
      netLines: 45,
      valueAdded: 225,
      valueDeleted: 90,
      totalValue: 315,
    });
    expect(page.totalCount).toBe(3);
    expect(page.pageInfo.hasNextPage).toBe(false);
    expect(page.valueConfig).toEqual({ linesPerHour: 30, ratePerHour: 90, currency: 'USD' });
    expect(page.period).toEqual({ ...PERIOD, days: 3 });
  });

  it('applies a value configuration, and refuses an invalid one', async () => {
    const page = await explore({
      filter: PERIOD,
      value: { linesPerHour: 50, ratePerHour: 100, currency: 'EUR' },
      first: 1,
    });
    // alice: 75 × 100 ÷ 50 = 150 added, 30 × 100 ÷ 50 = 60 deleted
    expect(page.rows[0]).toMatchObject({ valueAdded: 150, valueDeleted: 60, totalValue: 210 });
    expect(page.totals).toMatchObject({ valueAdded: 150, valueDeleted: 60, totalValue: 210 });
    for (const value of [{ linesPerHour: 0 }, { ratePerHour: -1 }, { currency: 'euro' }]) {
      const response = await app.graphql(EXPLORER_QUERY, { filter: PERIOD, value });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
  });

  it('searches logins, emails and names', async () => {
    const page = await explore({ filter: PERIOD, search: 'BOB@' });
    expect(page.rows.map((row) => row.label)).toEqual(['bob@example.com']);
    expect(page.totals).toMatchObject({ developers: 1, generations: 40 });
    expect((await explore({ filter: PERIOD, search: '100%' })).totalCount).toBe(0); // % is literal
  });

  describe.each(Object.values(ExplorerSortField))('sorted by %s', (field) => {
    it.each(['ASC', 'DESC'])('%s: pages of 5 cover every developer once, in order, ties by id', async (direction) => {
      const seen: ExplorerRowResult[] = [];
      let after: string | null = null;
      for (let pageNumber = 0; pageNumber < 10; pageNumber++) {
        const page = await explore({ filter: SORT_PERIOD, sort: { field, direction }, first: 5, after });
        expect(page.totalCount).toBe(12);
        seen.push(...page.rows);
        if (!page.pageInfo.hasNextPage) break;
        after = page.pageInfo.endCursor;
      }
      expect(seen.map((row) => row.developer.id).sort()).toEqual([...sortIds].sort());
      expect(seen.map((row) => row.developer.id)).toEqual(expectedOrder(seen, field, direction));
    });
  });

  it('refuses a cursor from another sort order', async () => {
    const first = await explore({ filter: SORT_PERIOD, first: 2 });
    const response = await app.graphql(EXPLORER_QUERY, {
      filter: SORT_PERIOD,
      sort: { field: 'GENERATIONS', direction: 'DESC' },
      after: first.pageInfo.endCursor,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const garbage = await app.graphql(EXPLORER_QUERY, { filter: SORT_PERIOD, after: 'not-a-cursor' });
    expect(garbage.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lets viewers read and shows organization B only its own developers', async () => {
    expect((await explore({ filter: PERIOD }, app.orgA.viewerToken)).totalCount).toBe(3);
    const orgB = await explore({ filter: PERIOD }, app.orgB.viewerToken);
    expect(orgB.rows.map((row) => row.label)).toEqual(['=mallory']);
    expect(orgB.totals.generations).toBe(999);
  });
});

/** The order the explorer promises, computed independently: column value, then developer id ascending. */
function expectedOrder(rows: readonly ExplorerRowResult[], field: ExplorerSortField, direction: string): string[] {
  const value = (row: ExplorerRowResult): number | string => {
    switch (field) {
      case ExplorerSortField.DEVELOPER:
        return row.label;
      case ExplorerSortField.DAYS_ACTIVE:
        return row.daysActive;
      case ExplorerSortField.GENERATIONS:
        return row.generations;
      case ExplorerSortField.LINES_ADDED:
        return row.linesAdded;
      case ExplorerSortField.LINES_DELETED:
        return row.linesDeleted;
      case ExplorerSortField.NET_LINES:
        return row.netLines;
      case ExplorerSortField.VALUE_ADDED:
        return row.valueAdded;
      case ExplorerSortField.VALUE_DELETED:
        return row.valueDeleted;
      case ExplorerSortField.TOTAL_VALUE:
        return row.totalValue;
    }
  };
  const sign = direction === 'ASC' ? 1 : -1;
  return [...rows]
    .sort((a, b) => {
      const [x, y] = [value(a), value(b)];
      const primary = x === y ? 0 : x < y ? -1 : 1;
      return sign * primary || (a.developer.id < b.developer.id ? -1 : 1);
    })
    .map((row) => row.developer.id);
}
