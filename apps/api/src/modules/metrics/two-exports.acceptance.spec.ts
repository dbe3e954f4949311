import fs from 'node:fs';
import {
  computeInsights,
  DEFAULT_INSIGHT_THRESHOLDS,
  engagementBucket,
  ENGAGEMENT_BUCKETS,
  normalizeFeature,
  normalizeIde,
  normalizeLanguage,
  normalizeModel,
  summarizeInsightData,
} from '@devpulse/domain';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { uploadMetrics } from '../ingestion/testing/ingestion-fixtures';
import {
  EXPLORER_QUERY,
  INSIGHTS_QUERY,
  METRICS_QUERY,
  type ExplorerResult,
  type MetricsResult,
} from './testing/metrics-documents';

/**
 * Issue 4's acceptance: after importing two overlapping Copilot exports, every number of `metrics`, `insights` and
 * `explorer` equals a computation made here from the two files alone — JSON.parse, the max-merge per
 * developer-day and per breakdown cell, sums — not through the API's or the domain's aggregation code. (Only names
 * come from the domain: the breakdown key normalizers, the engagement bucket edges and the insight rules' wording.)
 */
const REAL_EXPORT = '/work/shared/fixtures/derived/github-copilot/organization-users-28-day-report.day_totals.ndjson';

const COUNTERS = {
  generations: 'code_generation_activity_count',
  acceptances: 'code_acceptance_activity_count',
  interactions: 'user_initiated_interaction_count',
  linesAdded: 'loc_added_sum',
  linesDeleted: 'loc_deleted_sum',
} as const;
type Counter = keyof typeof COUNTERS;
type Counters = Record<Counter, number>;

/** The charts: which breakdown, which entry field names the group, how keys are normalized, whether rates are gated. */
const CHARTS = {
  byIde: { field: 'totals_by_ide', key: (e: Entry) => normalizeIde(String(e['ide'])), gated: true },
  byLanguage: {
    field: 'totals_by_language_feature',
    key: (e: Entry) => normalizeLanguage(String(e['language'])),
    cell: (e: Entry) => `${normalizeLanguage(String(e['language']))}|${normalizeFeature(String(e['feature']))}`,
    gated: true,
  },
  byFeature: { field: 'totals_by_feature', key: (e: Entry) => normalizeFeature(String(e['feature'])), gated: false },
  byModel: {
    field: 'totals_by_language_model',
    key: (e: Entry) => normalizeModel(String(e['model'])),
    cell: (e: Entry) => `${normalizeLanguage(String(e['language']))}|${normalizeModel(String(e['model']))}`,
    gated: false,
  },
} as const;
type Chart = keyof typeof CHARTS;
type Entry = Record<string, unknown>;
type CopilotRecord = Entry & { user_id: number; user_login: string; day: string };

const counters = (entry: Entry): Counters =>
  Object.fromEntries(Object.entries(COUNTERS).map(([name, field]) => [name, Number(entry[field] ?? 0)])) as Counters;
const maxOf = (a: Counters, b: Counters): Counters =>
  Object.fromEntries(
    Object.keys(COUNTERS).map((name) => [name, Math.max(a[name as Counter], b[name as Counter])]),
  ) as Counters;
const rate = (acceptances: number, generations: number, gated: boolean) =>
  generations === 0 || (gated && generations < 50) ? null : acceptances / generations;

/** The real export cut in two overlapping files; in the overlap the second file has some counters up, some down. */
function twoExports(): { first: CopilotRecord[]; second: CopilotRecord[] } {
  const records = fs
    .readFileSync(REAL_EXPORT, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => JSON.parse(line) as CopilotRecord);
  const first = records.filter((record) => record.day <= '2026-04-10');
  const second = records
    .filter((record) => record.day >= '2026-04-05')
    .map((record, i) => {
      if (record.day > '2026-04-10') return record;
      const changed = structuredClone(record);
      const bump = i % 2 === 0 ? 7 : -1; // up in one record, down in the next: the max takes each from its file
      changed['code_generation_activity_count'] = Math.max(0, Number(record['code_generation_activity_count']) + bump);
      changed['loc_added_sum'] = Math.max(0, Number(record['loc_added_sum'] ?? 0) + 2 * bump);
      const ide = (changed['totals_by_ide'] as Entry[] | undefined)?.[0];
      if (ide)
        ide['code_generation_activity_count'] = Math.max(0, Number(ide['code_generation_activity_count']) + bump);
      return changed;
    });
  return { first, second };
}

interface DeveloperDay extends Counters {
  login: string;
  day: string;
  cells: Map<string, Counters>;
}

/** The union of both files, max per developer-day counter and per breakdown cell counter. */
function mergeExports(files: CopilotRecord[][]): DeveloperDay[] {
  const merged = new Map<string, DeveloperDay>();
  for (const record of files.flat()) {
    const key = `${record.user_id}|${record.day}`;
    const cells = new Map<string, Counters>();
    for (const [chart, source] of Object.entries(CHARTS)) {
      for (const entry of (record[source.field] as Entry[] | undefined) ?? []) {
        const cell = `${chart}|${'cell' in source ? source.cell(entry) : source.key(entry)}`;
        const previous = cells.get(cell);
        const values = counters(entry);
        // Two entries normalizing to one key within a record are summed, as the parser does.
        cells.set(
          cell,
          previous
            ? (Object.fromEntries(
                Object.keys(COUNTERS).map((n) => [n, previous[n as Counter] + values[n as Counter]]),
              ) as Counters)
            : values,
        );
      }
    }
    const existing = merged.get(key);
    if (!existing) {
      merged.set(key, { login: record.user_login, day: record.day, ...counters(record), cells });
      continue;
    }
    const mergedCells = new Map(existing.cells);
    for (const [cell, values] of cells) {
      const before = mergedCells.get(cell);
      mergedCells.set(cell, before ? maxOf(before, values) : values);
    }
    merged.set(key, { ...existing, ...maxOf(existing, counters(record)), cells: mergedCells });
  }
  return [...merged.values()];
}

const isActive = (day: Counters) => day.interactions > 0 || day.generations > 0;
const sum = (days: readonly Counters[], counter: Counter) => days.reduce((total, day) => total + day[counter], 0);
const value = (lines: number) => (lines / 30) * 90;
/** Money compared to the cent: 4,222 lines / 30 × 90 is 12,665.999999999998 in binary, 12,666 when computed × 90 / 30. */
const cents = <T extends object>(row: T, fields: readonly string[]): T =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, fields.includes(k) ? Math.round(Number(v) * 100) / 100 : v]),
  ) as T;
const MONEY = ['valueAdded', 'valueDeleted', 'totalValue', 'estimatedValue'];

describe('two overlapping Copilot exports: metrics, insights and explorer equal a computation from the files (acceptance)', () => {
  let app: TestApp;
  let days: DeveloperDay[];
  const period = { from: '2026-03-30', to: '2026-04-17' };

  beforeAll(async () => {
    app = await startTestApp();
    const { first, second } = twoExports();
    const toFile = (records: CopilotRecord[]) => records.map((record) => JSON.stringify(record)).join('\n');
    for (const [name, records] of [
      ['first.ndjson', first],
      ['second.ndjson', second],
    ] as const) {
      const response = await uploadMetrics(app, name, toFile(records));
      expect(response.data?.uploadMetrics).toMatchObject({ status: 'COMPLETED', rowsErrored: 0 });
    }
    days = mergeExports([first, second]);
    // The overlap really overlaps, and the max takes values from both files.
    expect(first.length + second.length).toBeGreaterThan(days.length);
  });
  afterAll(() => app.close());

  async function metrics(): Promise<MetricsResult['metrics']> {
    const response = await app.graphql<MetricsResult>(METRICS_QUERY, { filter: period });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.metrics;
  }

  function perDeveloper() {
    const logins = [...new Set(days.map((day) => day.login))];
    return logins.map((login) => {
      const own = days.filter((day) => day.login === login);
      return {
        login,
        ...(Object.fromEntries(Object.keys(COUNTERS).map((n) => [n, sum(own, n as Counter)])) as Counters),
        daysActive: own.filter(isActive).length,
      };
    });
  }

  it('KPIs, per day, per user and engagement', async () => {
    const result = await metrics();
    const totals = Object.fromEntries(Object.keys(COUNTERS).map((n) => [n, sum(days, n as Counter)])) as Counters;
    const developers = perDeveloper();
    expect(cents(result.kpis, MONEY)).toEqual(
      cents(
        {
          totalGenerations: totals.generations,
          totalAcceptances: totals.acceptances,
          acceptanceRate: totals.acceptances / totals.generations,
          linesAdded: totals.linesAdded,
          linesDeleted: totals.linesDeleted,
          netLines: totals.linesAdded - totals.linesDeleted,
          interactions: totals.interactions,
          activeUsers: developers.filter((developer) => developer.daysActive > 0).length,
          activeDays: days.filter(isActive).length,
          estimatedValue: value(totals.linesAdded) + value(totals.linesDeleted),
        },
        MONEY,
      ),
    );

    const calendar = Array.from({ length: 19 }, (_, i) =>
      new Date(Date.UTC(2026, 2, 30 + i)).toISOString().slice(0, 10),
    );
    expect(result.byDay).toEqual(
      calendar.map((day) => {
        const own = days.filter((entry) => entry.day === day);
        const generations = sum(own, 'generations');
        return {
          day,
          generations,
          acceptances: sum(own, 'acceptances'),
          acceptanceRate: rate(sum(own, 'acceptances'), generations, false),
          linesAdded: sum(own, 'linesAdded'),
          linesDeleted: sum(own, 'linesDeleted'),
          interactions: sum(own, 'interactions'),
          activeUsers: own.filter(isActive).length,
        };
      }),
    );

    const byLabel = <T extends { label: string }>(rows: T[]) => [...rows].sort((a, b) => (a.label < b.label ? -1 : 1));
    expect(byLabel(result.byUser.map(({ developer: _developer, ...row }) => row))).toEqual(
      byLabel(
        developers.map((developer) => ({
          label: developer.login,
          generations: developer.generations,
          acceptances: developer.acceptances,
          acceptanceRate: rate(developer.acceptances, developer.generations, true),
          linesAdded: developer.linesAdded,
          linesDeleted: developer.linesDeleted,
          interactions: developer.interactions,
          daysActive: developer.daysActive,
        })),
      ),
    );
    // Ordered by generations descending.
    const generations = result.byUser.map((row) => row.generations);
    expect(generations).toEqual([...generations].sort((a, b) => b - a));

    expect(result.engagement).toEqual(
      ENGAGEMENT_BUCKETS.map((bucket) => ({
        bucket,
        developers: developers.filter((developer) => engagementBucket(developer.daysActive) === bucket).length,
      })),
    );
  });

  it('the four dimension charts', async () => {
    const result = await metrics();
    for (const [chart, source] of Object.entries(CHARTS) as [Chart, (typeof CHARTS)[Chart]][]) {
      const groups = new Map<string, Counters>();
      for (const day of days) {
        for (const [cell, values] of day.cells) {
          if (!cell.startsWith(`${chart}|`)) continue;
          const parts = cell.split('|');
          const key = (chart === 'byModel' ? parts[2] : parts[1]) ?? '';
          const before = groups.get(key);
          groups.set(
            key,
            before
              ? (Object.fromEntries(
                  Object.keys(COUNTERS).map((n) => [n, before[n as Counter] + values[n as Counter]]),
                ) as Counters)
              : values,
          );
        }
      }
      const attributed = [...groups.values()].reduce((total, group) => total + group.generations, 0);
      const expected = [...groups.entries()]
        .map(([key, group]) => ({
          key,
          generations: group.generations,
          acceptances: group.acceptances,
          acceptanceRate: rate(group.acceptances, group.generations, source.gated),
          share: attributed > 0 ? group.generations / attributed : null,
          interactions: group.interactions,
        }))
        .sort((a, b) => b.generations - a.generations || (a.key < b.key ? -1 : 1));
      expect(result[chart].map(({ label: _label, ...row }) => row)).toEqual(expected);
    }
  });

  it('insights', async () => {
    const developers = perDeveloper();
    const calendarDays = [...new Set(days.map((day) => day.day))].sort();
    const data = {
      users: developers.map((developer) => ({
        label: developer.login,
        generations: developer.generations,
        acceptances: developer.acceptances,
        linesAdded: developer.linesAdded,
      })),
      days: Array.from({ length: 19 }, (_, i) => new Date(Date.UTC(2026, 2, 30 + i)).toISOString().slice(0, 10)).map(
        (day) => ({
          day,
          generations: sum(
            days.filter((entry) => entry.day === day),
            'generations',
          ),
        }),
      ),
      quotaDays: days.map((day) => ({ label: day.login, day: day.day, generations: day.generations })),
      zeroAcceptanceDeveloperDays: days.filter((day) => day.generations > 0 && day.acceptances === 0).length,
      periodDays: 19,
    };
    expect(calendarDays.length).toBeGreaterThan(14); // the trend insight has two full weeks to compare
    const expected = computeInsights(summarizeInsightData(data, DEFAULT_INSIGHT_THRESHOLDS)).map((insight) => ({
      ...insight,
      severity: insight.severity.toUpperCase(),
    }));
    expect(expected.length).toBeGreaterThan(3);
    const response = await app.graphql<{ insights: unknown[] }>(INSIGHTS_QUERY, { filter: period });
    expect(response.errors).toBeUndefined();
    expect(response.data?.insights).toEqual(expected);
  });

  it('explorer rows and totals', async () => {
    const response = await app.graphql<ExplorerResult>(EXPLORER_QUERY, { filter: period, first: 100 });
    expect(response.errors).toBeUndefined();
    const explorer = response.data?.explorer;
    const developers = perDeveloper();
    const row = (developer: ReturnType<typeof perDeveloper>[number]) => ({
      label: developer.login,
      daysActive: developer.daysActive,
      generations: developer.generations,
      linesAdded: developer.linesAdded,
      linesDeleted: developer.linesDeleted,
      netLines: developer.linesAdded - developer.linesDeleted,
      valueAdded: value(developer.linesAdded),
      valueDeleted: value(developer.linesDeleted),
      totalValue: value(developer.linesAdded) + value(developer.linesDeleted),
    });
    const byLabel = <T extends { label: string }>(rows: T[]) => [...rows].sort((a, b) => (a.label < b.label ? -1 : 1));
    expect(byLabel((explorer?.rows ?? []).map(({ developer: _developer, ...rest }) => cents(rest, MONEY)))).toEqual(
      byLabel(developers.map((developer) => cents(row(developer), MONEY))),
    );
    const all = developers.map(row);
    const total = (field: keyof ReturnType<typeof row>) => all.reduce((s, r) => s + Number(r[field]), 0);
    expect(cents(explorer?.totals ?? {}, MONEY)).toEqual(
      cents(
        {
          developers: developers.length,
          daysActive: total('daysActive'),
          generations: total('generations'),
          linesAdded: total('linesAdded'),
          linesDeleted: total('linesDeleted'),
          netLines: total('netLines'),
          valueAdded: total('valueAdded'),
          valueDeleted: total('valueDeleted'),
          totalValue: total('totalValue'),
        },
        MONEY,
      ),
    );
    expect(explorer?.totalCount).toBe(developers.length);
  });
});
