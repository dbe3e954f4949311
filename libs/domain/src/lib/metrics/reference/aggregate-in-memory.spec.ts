import fc from 'fast-check';
import { daySpan } from '../../normalize/day';
import type { MetricSource } from '../../usage/usage-row';
import { aggregateInMemory } from './aggregate-in-memory';
import type { AggregateFilter, AggregatedCounters, StoredBreakdown, StoredDailyRow } from './stored-daily-row';

function counters(
  generations: number,
  acceptances: number,
  interactions: number,
  linesAdded: number,
  linesDeleted: number,
): AggregatedCounters {
  return { generations, acceptances, interactions, linesAdded, linesDeleted };
}

function cell(
  dimension: StoredBreakdown['dimension'],
  key: string,
  key2: string,
  generations: number,
  acceptances: number,
): StoredBreakdown {
  return {
    dimension,
    key,
    key2,
    generations,
    acceptances,
    interactions: 0,
    locSuggestedAdd: 0,
    locSuggestedDelete: 0,
    linesAdded: 0,
    linesDeleted: 0,
  };
}

function stored(
  developerId: string,
  label: string,
  source: MetricSource,
  day: string,
  values: AggregatedCounters,
  breakdowns: StoredBreakdown[] = [],
): StoredDailyRow {
  return {
    developerId,
    label,
    source,
    tool: source === 'COPILOT' ? 'copilot' : 'claude_code',
    day,
    counters: values,
    breakdowns,
  };
}

//                                                        gen  acc int  add del
const ROWS: StoredDailyRow[] = [
  stored('d1', 'alice', 'COPILOT', '2025-10-01', counters(100, 30, 5, 50, 10), [
    // IDE cells add up to 90, not 100: unattributed activity, as in real exports
    cell('ide', 'vscode', '', 80, 25),
    cell('ide', 'jetbrains', '', 10, 2),
    cell('feature', 'code_completion', '', 70, 25),
    cell('feature', 'chat_panel_agent_mode', '', 30, 5),
    cell('language_feature', 'typescript', 'code_completion', 60, 20),
    cell('language_feature', 'typescript', 'chat_panel_agent_mode', 20, 5),
    cell('language_feature', 'python', 'code_completion', 20, 5),
    cell('language_model', 'typescript', 'gpt-4o', 50, 15),
    cell('language_model', 'python', 'gpt-4o', 10, 3),
    cell('language_model', 'typescript', 'claude-sonnet-4.5', 20, 5),
    // model × feature is not what byModel reads
    cell('model_feature', 'gpt-4o', 'code_completion', 999, 999),
  ]),
  // alice again on 10-01 with another tool: still one active developer-day
  stored('d1', 'alice', 'CLAUDE_CODE', '2025-10-01', counters(0, 0, 4, 200, 40)),
  // a seat seen but not active
  stored('d1', 'alice', 'COPILOT', '2025-10-03', counters(0, 0, 0, 0, 0)),
  stored('d2', 'bob', 'COPILOT', '2025-10-02', counters(40, 10, 2, 20, 0), [
    cell('ide', 'vscode', '', 40, 10),
    cell('feature', 'code_completion', '', 40, 10),
    cell('language_feature', 'python', 'code_completion', 40, 10),
    cell('language_model', 'python', 'gpt-4o', 40, 10),
  ]),
  // outside the period
  stored('d2', 'bob', 'COPILOT', '2025-10-05', counters(999, 999, 999, 999, 999)),
  stored('d3', 'carol', 'CLAUDE_CODE', '2025-10-03', counters(0, 0, 1, 30, 5)),
  // has a row in the period but never active
  stored('d4', 'dave', 'COPILOT', '2025-10-02', counters(0, 0, 0, 0, 0)),
];

const PERIOD: AggregateFilter = { from: '2025-10-01', to: '2025-10-03' };

describe('aggregateInMemory on a hand-computed fixture', () => {
  const result = aggregateInMemory(ROWS, PERIOD);

  it('computes the KPIs', () => {
    expect(result.kpis).toEqual({
      totalGenerations: 140, // 100 + 40
      totalAcceptances: 40, // 30 + 10
      acceptanceRate: 40 / 140,
      linesAdded: 300, // 50 + 200 + 20 + 30
      linesDeleted: 55, // 10 + 40 + 5
      netLines: 245, // 300 − 55
      interactions: 12, // 5 + 4 + 2 + 1
      activeUsers: 3, // alice, bob, carol; dave never active
      activeDays: 3, // alice 10-01 (two tools, once), bob 10-02, carol 10-03; alice 10-03 inactive
      estimatedValue: 1065, // (300 + 55) / 30 × 90 = 355 × 3
    });
  });

  it('lists every day of the period with its sums and active developers', () => {
    expect(result.byDay).toEqual([
      // alice: copilot + claude code
      {
        day: '2025-10-01',
        generations: 100,
        acceptances: 30,
        acceptanceRate: 0.3,
        linesAdded: 250,
        linesDeleted: 50,
        interactions: 9,
        activeUsers: 1,
      },
      // bob active, dave not
      {
        day: '2025-10-02',
        generations: 40,
        acceptances: 10,
        acceptanceRate: 0.25,
        linesAdded: 20,
        linesDeleted: 0,
        interactions: 2,
        activeUsers: 1,
      },
      // carol active through one interaction, alice not; no generations → rate null
      {
        day: '2025-10-03',
        generations: 0,
        acceptances: 0,
        acceptanceRate: null,
        linesAdded: 30,
        linesDeleted: 5,
        interactions: 1,
        activeUsers: 1,
      },
    ]);
  });

  it('lists every developer with a row in the period, with a gated rate', () => {
    expect(result.byUser).toEqual([
      // 100 generations ≥ 50 → 30 / 100
      {
        developerId: 'd1',
        label: 'alice',
        generations: 100,
        acceptances: 30,
        acceptanceRate: 0.3,
        linesAdded: 250,
        linesDeleted: 50,
        interactions: 9,
        daysActive: 1,
      },
      // 40 generations < 50 → null
      {
        developerId: 'd2',
        label: 'bob',
        generations: 40,
        acceptances: 10,
        acceptanceRate: null,
        linesAdded: 20,
        linesDeleted: 0,
        interactions: 2,
        daysActive: 1,
      },
      // carol and dave tie at 0 generations: by label
      {
        developerId: 'd3',
        label: 'carol',
        generations: 0,
        acceptances: 0,
        acceptanceRate: null,
        linesAdded: 30,
        linesDeleted: 5,
        interactions: 1,
        daysActive: 1,
      },
      {
        developerId: 'd4',
        label: 'dave',
        generations: 0,
        acceptances: 0,
        acceptanceRate: null,
        linesAdded: 0,
        linesDeleted: 0,
        interactions: 0,
        daysActive: 0,
      },
    ]);
  });

  it('buckets developers by active days', () => {
    expect(result.engagement).toEqual([
      { bucket: '1', developers: 3 }, // alice, bob, carol; dave in none
      { bucket: '2-5', developers: 0 },
      { bucket: '6-10', developers: 0 },
      { bucket: '11-20', developers: 0 },
      { bucket: '21+', developers: 0 },
    ]);
  });

  it('reads IDEs from the IDE breakdown, rate gated', () => {
    expect(result.byIde).toEqual([
      // 80 + 40 = 120 generations, 25 + 10 = 35 acceptances
      { key: 'vscode', label: 'VS Code', generations: 120, acceptances: 35, acceptanceRate: 35 / 120 },
      // 10 < 50 → null
      { key: 'jetbrains', label: 'JetBrains', generations: 10, acceptances: 2, acceptanceRate: null },
    ]);
  });

  it('reads features from the feature breakdown, rate not gated', () => {
    expect(result.byFeature).toEqual([
      // 70 + 40 = 110, 25 + 10 = 35
      { key: 'code_completion', label: 'Code Completion', generations: 110, acceptances: 35, acceptanceRate: 35 / 110 },
      { key: 'chat_panel_agent_mode', label: 'Chat · Agent', generations: 30, acceptances: 5, acceptanceRate: 5 / 30 },
    ]);
  });

  it('reads languages from language × feature, summed over features, rate gated', () => {
    expect(result.byLanguage).toEqual([
      // typescript 60 + 20 = 80, 20 + 5 = 25 → 0.3125
      { key: 'typescript', label: 'typescript', generations: 80, acceptances: 25, acceptanceRate: 0.3125 },
      // python 20 + 40 = 60, 5 + 10 = 15 → 0.25
      { key: 'python', label: 'python', generations: 60, acceptances: 15, acceptanceRate: 0.25 },
    ]);
  });

  it('reads models from language × model, summed over languages', () => {
    expect(result.byModel).toEqual([
      // gpt-4o 50 + 10 + 40 = 100, 15 + 3 + 10 = 28
      { key: 'gpt-4o', label: 'gpt-4o', generations: 100, acceptances: 28, acceptanceRate: 0.28 },
      { key: 'claude-sonnet-4.5', label: 'claude-sonnet-4.5', generations: 20, acceptances: 5, acceptanceRate: 0.25 },
    ]);
  });
});

describe('aggregateInMemory filters', () => {
  it('by source', () => {
    const result = aggregateInMemory(ROWS, { ...PERIOD, sources: ['CLAUDE_CODE'] });
    // alice 10-01 (0, 0, 4, 200, 40) + carol 10-03 (0, 0, 1, 30, 5)
    expect(result.kpis).toMatchObject({
      totalGenerations: 0,
      acceptanceRate: null,
      interactions: 5,
      linesAdded: 230,
      linesDeleted: 45,
      activeUsers: 2,
      activeDays: 2,
    });
    expect(result.byUser.map((user) => user.label)).toEqual(['alice', 'carol']);
    expect(result.byIde).toEqual([]);
  });

  it('by developer', () => {
    const result = aggregateInMemory(ROWS, { ...PERIOD, developerIds: ['d2'] });
    // bob's 10-05 row is outside the period
    expect(result.kpis).toMatchObject({ totalGenerations: 40, totalAcceptances: 10, activeUsers: 1, activeDays: 1 });
    expect(result.byUser.map((user) => user.developerId)).toEqual(['d2']);
  });

  it('by dates, inclusive at both ends', () => {
    const result = aggregateInMemory(ROWS, { from: '2025-10-03', to: '2025-10-05' });
    // carol 10-03 + alice 10-03 (zeros) + bob 10-05
    expect(result.kpis.totalGenerations).toBe(999);
    expect(result.byDay.map((day) => [day.day, day.generations])).toEqual([
      ['2025-10-03', 0],
      ['2025-10-04', 0],
      ['2025-10-05', 999],
    ]);
  });

  it('treats empty lists as no restriction', () => {
    expect(aggregateInMemory(ROWS, { ...PERIOD, sources: [], developerIds: [] })).toEqual(
      aggregateInMemory(ROWS, PERIOD),
    );
  });

  it('returns zero KPIs, a zero-filled period and no developers when nothing matches', () => {
    const result = aggregateInMemory([], { from: '2025-10-01', to: '2025-10-02' });
    expect(result.kpis).toEqual({
      totalGenerations: 0,
      totalAcceptances: 0,
      acceptanceRate: null,
      linesAdded: 0,
      linesDeleted: 0,
      netLines: 0,
      interactions: 0,
      activeUsers: 0,
      activeDays: 0,
      estimatedValue: 0,
    });
    expect(result.byDay.map((day) => [day.day, day.generations, day.acceptanceRate])).toEqual([
      ['2025-10-01', 0, null],
      ['2025-10-02', 0, null],
    ]);
    expect(result.byUser).toEqual([]);
  });

  it('returns no days when from is after to', () => {
    expect(aggregateInMemory(ROWS, { from: '2025-10-03', to: '2025-10-01' }).byDay).toEqual([]);
  });

  it('refuses a malformed day instead of looping', () => {
    expect(() => aggregateInMemory(ROWS, { from: '2025-10-01', to: '2025-13-01' })).toThrow('invalid day range');
  });

  it('uses the value config given', () => {
    // (300 + 55) / 71 × 142 = 710
    expect(
      aggregateInMemory(ROWS, PERIOD, { linesPerHour: 71, ratePerHour: 142, currency: 'EUR' }).kpis.estimatedValue,
    ).toBe(710);
  });
});

describe('aggregateInMemory properties', () => {
  const count = fc.nat({ max: 200 });
  const rowArb: fc.Arbitrary<StoredDailyRow> = fc
    .record({
      developerId: fc.constantFrom('d1', 'd2', 'd3', 'd4'),
      source: fc.constantFrom<MetricSource>('COPILOT', 'CLAUDE_CODE', 'OTHER'),
      // two days outside the period on either side
      day: fc.integer({ min: 0, max: 13 }).map((offset) => `2025-10-${String(offset + 1).padStart(2, '0')}`),
      // zeros often, so inactive rows are common
      counters: fc.record({
        generations: fc.oneof(fc.constant(0), count),
        acceptances: fc.oneof(fc.constant(0), count),
        interactions: fc.oneof(fc.constant(0), count),
        linesAdded: count,
        linesDeleted: count,
      }),
    })
    .map((r) => ({ ...r, label: `user-${r.developerId}`, tool: r.source.toLowerCase(), breakdowns: [] }));
  const filterArb: fc.Arbitrary<AggregateFilter> = fc.record({
    from: fc.constantFrom('2025-10-02', '2025-10-03'),
    to: fc.constantFrom('2025-10-10', '2025-10-12'),
    sources: fc.option(fc.subarray<MetricSource>(['COPILOT', 'CLAUDE_CODE', 'OTHER']), { nil: undefined }),
  });

  const sum = (values: number[]): number => values.reduce((total, value) => total + value, 0);

  it('per-day sums, per-user sums and KPIs agree', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), filterArb, (rows, filter) => {
        const { kpis, byDay, byUser, engagement } = aggregateInMemory(rows, filter);
        const pairs = [
          ['generations', kpis.totalGenerations],
          ['acceptances', kpis.totalAcceptances],
          ['linesAdded', kpis.linesAdded],
          ['linesDeleted', kpis.linesDeleted],
          ['interactions', kpis.interactions],
        ] as const;
        for (const [field, total] of pairs) {
          expect(sum(byDay.map((day) => day[field]))).toBe(total);
          expect(sum(byUser.map((user) => user[field]))).toBe(total);
        }
        expect(sum(byUser.map((user) => user.daysActive))).toBe(kpis.activeDays);
        expect(sum(byDay.map((day) => day.activeUsers))).toBe(kpis.activeDays);
        expect(byUser.filter((user) => user.daysActive > 0)).toHaveLength(kpis.activeUsers);
        expect(sum(engagement.map((bucket) => bucket.developers))).toBe(kpis.activeUsers);
        expect(byDay).toHaveLength(daySpan(filter.from, filter.to));
      }),
    );
  });

  it('splitting by developer and adding up gives the whole', () => {
    fc.assert(
      fc.property(fc.array(rowArb, { maxLength: 40 }), filterArb, (rows, filter) => {
        const whole = aggregateInMemory(rows, filter).kpis;
        const parts = ['d1', 'd2', 'd3', 'd4'].map(
          (id) => aggregateInMemory(rows, { ...filter, developerIds: [id] }).kpis,
        );
        expect(sum(parts.map((part) => part.totalGenerations))).toBe(whole.totalGenerations);
        expect(sum(parts.map((part) => part.activeDays))).toBe(whole.activeDays);
        expect(sum(parts.map((part) => part.activeUsers))).toBe(whole.activeUsers);
      }),
    );
  });
});
