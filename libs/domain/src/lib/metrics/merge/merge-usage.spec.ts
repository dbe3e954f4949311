import fc from 'fast-check';
import {
  BREAKDOWN_COUNTER_FIELDS,
  COUNTER_FIELDS,
  emptyCounters,
  emptyFlags,
  FLAG_FIELDS,
  NULLABLE_COUNTER_FIELDS,
  type BreakdownRow,
  type NormalizedUsageRow,
  type UsageCounters,
  type UsageFlags,
} from '../../usage/usage-row';
import { combineWithinFile, mergeStored } from './merge-usage';
import { breakdownKey, usageRowKey } from './usage-row-key';

// ---------- hand-built rows ----------

function cell(
  dimension: BreakdownRow['dimension'],
  key: string,
  counters: Partial<BreakdownRow>,
  key2 = '',
): BreakdownRow {
  return {
    dimension,
    key,
    key2,
    rawKey: key,
    rawKey2: key2,
    generations: 0,
    acceptances: 0,
    interactions: 0,
    locSuggestedAdd: 0,
    locSuggestedDelete: 0,
    linesAdded: 0,
    linesDeleted: 0,
    ...counters,
  };
}

function row(parts: {
  login?: string;
  tool?: string;
  day?: string;
  line?: number;
  counters?: Partial<UsageCounters>;
  flags?: Partial<UsageFlags>;
  breakdowns?: BreakdownRow[];
}): NormalizedUsageRow {
  return {
    line: parts.line ?? 1,
    source: parts.tool === 'claude_code' ? 'CLAUDE_CODE' : 'COPILOT',
    tool: parts.tool ?? 'copilot',
    day: parts.day ?? '2025-10-01',
    person: {
      identities: [{ kind: 'github_login', value: parts.login ?? 'alice' }],
      displayName: null,
      isService: false,
    },
    counters: { ...emptyCounters(), ...parts.counters },
    flags: { ...emptyFlags(), ...parts.flags },
    breakdowns: parts.breakdowns ?? [],
  };
}

describe('mergeStored', () => {
  it('takes the max of every counter, ignores nulls, ORs flags and merges breakdowns per key', () => {
    const stored = row({
      line: 3,
      counters: { generations: 10, acceptances: 4, linesAdded: 100, aiCredits: null, activeMinutes: 5 },
      flags: { usedAgent: true },
      breakdowns: [
        cell('ide', 'vscode', { generations: 8, acceptances: 3 }),
        cell('feature', 'code_completion', { generations: 10 }),
      ],
    });
    const incoming = row({
      line: 9,
      counters: { generations: 7, acceptances: 6, linesAdded: 120, aiCredits: 3, activeMinutes: null },
      flags: { usedChat: true },
      breakdowns: [
        cell('ide', 'vscode', { generations: 5, acceptances: 5 }),
        cell('ide', 'jetbrains', { generations: 2 }),
      ],
    });

    const merged = mergeStored(stored, incoming);

    // generations max(10, 7) = 10; acceptances max(4, 6) = 6; linesAdded max(100, 120) = 120
    expect(merged.counters).toEqual({
      ...emptyCounters(),
      generations: 10,
      acceptances: 6,
      linesAdded: 120,
      aiCredits: 3, // null vs 3 → 3
      activeMinutes: 5, // 5 vs null → 5
    });
    expect(merged.flags).toEqual({ ...emptyFlags(), usedAgent: true, usedChat: true });
    // vscode: generations max(8, 5) = 8, acceptances max(3, 5) = 5; the other two cells come through unchanged
    expect(merged.breakdowns).toEqual([
      cell('ide', 'vscode', { generations: 8, acceptances: 5 }),
      cell('feature', 'code_completion', { generations: 10 }),
      cell('ide', 'jetbrains', { generations: 2 }),
    ]);
    expect(merged.line).toBe(3); // descriptive fields from the stored row
  });

  it('keeps a nullable counter null only when both sides are null', () => {
    const merged = mergeStored(row({}), row({}));
    expect(merged.counters.aiCredits).toBeNull();
    expect(merged.counters.activeMinutes).toBeNull();
  });

  it('does not modify its inputs', () => {
    const stored = row({ counters: { generations: 1 }, breakdowns: [cell('ide', 'vscode', { generations: 1 })] });
    const incoming = row({ counters: { generations: 2 }, breakdowns: [cell('ide', 'vscode', { generations: 2 })] });
    mergeStored(stored, incoming);
    expect(stored.counters.generations).toBe(1);
    expect(stored.breakdowns[0]?.generations).toBe(1);
  });
});

describe('combineWithinFile', () => {
  it("max: repeated records of one key keep the larger counters ('part' files of one export)", () => {
    const rows = [
      row({ login: 'alice', counters: { generations: 5 } }),
      row({ login: 'bob', counters: { generations: 9 } }),
      row({ login: 'alice', counters: { generations: 8 } }),
    ];
    const combined = combineWithinFile(rows, 'max');
    // alice max(5, 8) = 8; bob alone = 9; first-seen order
    expect(combined.map((r) => [usageRowKey(r), r.counters.generations])).toEqual([
      ['copilot|2025-10-01|github_login:alice', 8],
      ['copilot|2025-10-01|github_login:bob', 9],
    ]);
  });

  it('sum: split records of one key add up (Claude Code, one row per terminal)', () => {
    const rows = [
      row({
        tool: 'claude_code',
        counters: { sessions: 2, linesAdded: 40, costCents: 120, activeMinutes: 10 },
        flags: { usedCli: true },
        breakdowns: [cell('model', 'claude-sonnet-4.5', { linesAdded: 40 })],
      }),
      row({
        tool: 'claude_code',
        counters: { sessions: 3, linesAdded: 60, costCents: 80 },
        breakdowns: [
          cell('model', 'claude-sonnet-4.5', { linesAdded: 60 }),
          cell('model', 'claude-opus-4', { linesAdded: 5 }),
        ],
      }),
    ];
    const [combined, ...rest] = combineWithinFile(rows, 'sum');
    expect(rest).toEqual([]);
    // sessions 2 + 3 = 5; linesAdded 40 + 60 = 100; costCents 120 + 80 = 200
    // activeMinutes 10 + null = 10; aiCredits null + null = null
    expect(combined?.counters).toEqual({
      ...emptyCounters(),
      sessions: 5,
      linesAdded: 100,
      costCents: 200,
      activeMinutes: 10,
    });
    expect(combined?.flags.usedCli).toBe(true);
    // sonnet 40 + 60 = 100; opus 5
    expect(combined?.breakdowns).toEqual([
      cell('model', 'claude-sonnet-4.5', { linesAdded: 100 }),
      cell('model', 'claude-opus-4', { linesAdded: 5 }),
    ]);
  });

  it('separates keys by tool and day', () => {
    const rows = [row({ tool: 'copilot' }), row({ tool: 'claude_code' }), row({ day: '2025-10-02' })];
    expect(combineWithinFile(rows, 'sum')).toHaveLength(3);
  });

  it('returns nothing for an empty file', () => {
    expect(combineWithinFile([], 'max')).toEqual([]);
  });
});

// ---------- properties ----------

const count = fc.nat({ max: 10_000 });
const nullableCount = fc.option(count, { nil: null });

const countersArb: fc.Arbitrary<UsageCounters> = fc.record({
  generations: count,
  acceptances: count,
  interactions: count,
  locSuggestedAdd: count,
  locSuggestedDelete: count,
  linesAdded: count,
  linesDeleted: count,
  sessions: count,
  commits: count,
  pullRequests: count,
  tokensInput: count,
  tokensOutput: count,
  tokensCacheCreation: count,
  tokensCacheRead: count,
  costCents: count,
  aiCredits: nullableCount,
  activeMinutes: nullableCount,
});

const flagsArb: fc.Arbitrary<UsageFlags> = fc.record({
  usedAgent: fc.boolean(),
  usedChat: fc.boolean(),
  usedCli: fc.boolean(),
  usedCodeReview: fc.boolean(),
  usedCloudAgent: fc.boolean(),
});

// Few distinct keys, so generated rows share breakdown cells often.
const cellArb: fc.Arbitrary<BreakdownRow> = fc
  .record({
    dimension: fc.constantFrom<BreakdownRow['dimension']>('ide', 'feature', 'language_feature'),
    key: fc.constantFrom('a', 'b', 'c'),
    key2: fc.constantFrom('', 'x'),
    generations: count,
    acceptances: count,
    interactions: count,
    locSuggestedAdd: count,
    locSuggestedDelete: count,
    linesAdded: count,
    linesDeleted: count,
  })
  .map((c) => ({ ...c, rawKey: c.key, rawKey2: c.key2 }));

// A stored row has one cell per (dimension, key, key2).
const breakdownsArb = fc.uniqueArray(cellArb, { selector: breakdownKey, maxLength: 6 });

function rowArb(keys: { tools: string[]; days: string[]; logins: string[] }): fc.Arbitrary<NormalizedUsageRow> {
  return fc
    .record({
      line: fc.nat({ max: 1000 }),
      tool: fc.constantFrom(...keys.tools),
      day: fc.constantFrom(...keys.days),
      login: fc.constantFrom(...keys.logins),
      counters: countersArb,
      flags: flagsArb,
      breakdowns: breakdownsArb,
    })
    .map(({ login, ...rest }) => ({ ...row({ login }), ...rest }));
}

const sameKeyRow = rowArb({ tools: ['copilot'], days: ['2025-10-01'], logins: ['alice'] });
const fileRows = fc.array(
  rowArb({ tools: ['copilot', 'claude_code'], days: ['2025-10-01', '2025-10-02'], logins: ['alice', 'bob'] }),
  {
    maxLength: 12,
  },
);

/** What the merge rule is about: counters, flags and breakdown cells, ignoring cell order and descriptive fields. */
function content(r: NormalizedUsageRow): unknown {
  return {
    key: usageRowKey(r),
    counters: r.counters,
    flags: r.flags,
    breakdowns: [...r.breakdowns].sort((x, y) => breakdownKey(x).localeCompare(breakdownKey(y))),
  };
}

function fileContent(rows: readonly NormalizedUsageRow[]): unknown[] {
  return [...rows].sort((x, y) => usageRowKey(x).localeCompare(usageRowKey(y))).map(content);
}

/** The store as the upsert sees it: one row per natural key, merged with `mergeStored`. */
function importInto(
  store: ReadonlyMap<string, NormalizedUsageRow>,
  file: readonly NormalizedUsageRow[],
): Map<string, NormalizedUsageRow> {
  const next = new Map(store);
  for (const incoming of combineWithinFile(file, 'max')) {
    const key = usageRowKey(incoming);
    const stored = next.get(key);
    next.set(key, stored === undefined ? incoming : mergeStored(stored, incoming));
  }
  return next;
}

describe('mergeStored properties', () => {
  it('is idempotent: merge(a, a) = a', () => {
    fc.assert(fc.property(sameKeyRow, (a) => expect(mergeStored(a, a)).toEqual(a)));
  });

  it('is commutative in what it merges', () => {
    fc.assert(
      fc.property(sameKeyRow, sameKeyRow, (a, b) =>
        expect(content(mergeStored(a, b))).toEqual(content(mergeStored(b, a))),
      ),
    );
  });

  it('is associative', () => {
    fc.assert(
      fc.property(sameKeyRow, sameKeyRow, sameKeyRow, (a, b, c) =>
        expect(content(mergeStored(mergeStored(a, b), c))).toEqual(content(mergeStored(a, mergeStored(b, c)))),
      ),
    );
  });

  it('never lowers a stored counter', () => {
    fc.assert(
      fc.property(sameKeyRow, sameKeyRow, (stored, incoming) => {
        const merged = mergeStored(stored, incoming);
        for (const field of COUNTER_FIELDS)
          expect(merged.counters[field]).toBeGreaterThanOrEqual(stored.counters[field]);
      }),
    );
  });

  it('importing a file twice stores the same as importing it once', () => {
    fc.assert(
      fc.property(fileRows, (file) => {
        const once = importInto(new Map(), file);
        const twice = importInto(once, file);
        expect(fileContent([...twice.values()])).toEqual(fileContent([...once.values()]));
      }),
    );
  });

  it('importing two files in either order stores the same', () => {
    fc.assert(
      fc.property(fileRows, fileRows, (first, second) => {
        const forward = importInto(importInto(new Map(), first), second);
        const backward = importInto(importInto(new Map(), second), first);
        expect(fileContent([...forward.values()])).toEqual(fileContent([...backward.values()]));
      }),
    );
  });
});

describe('combineWithinFile properties', () => {
  it.each(['max', 'sum'] as const)('%s: does not depend on row order', (mode) => {
    fc.assert(
      fc.property(
        fileRows.chain((rows) =>
          fc.tuple(fc.constant(rows), fc.shuffledSubarray(rows, { minLength: rows.length, maxLength: rows.length })),
        ),
        ([rows, shuffled]) =>
          expect(fileContent(combineWithinFile(shuffled, mode))).toEqual(fileContent(combineWithinFile(rows, mode))),
      ),
    );
  });

  it('max: a file repeated twice combines like the file once', () => {
    fc.assert(
      fc.property(fileRows, (rows) =>
        expect(fileContent(combineWithinFile([...rows, ...rows], 'max'))).toEqual(
          fileContent(combineWithinFile(rows, 'max')),
        ),
      ),
    );
  });

  it('leaves one row per natural key', () => {
    fc.assert(
      fc.property(fileRows, (rows) => {
        const keys = combineWithinFile(rows, 'max').map(usageRowKey);
        expect(new Set(keys).size).toBe(keys.length);
        expect(new Set(keys)).toEqual(new Set(rows.map(usageRowKey)));
      }),
    );
  });

  it('sum: totals of the combined rows equal the totals of the parts', () => {
    const total = (values: (number | null)[]): number => values.reduce<number>((sum, v) => sum + (v ?? 0), 0);
    fc.assert(
      fc.property(fileRows, (rows) => {
        const combined = combineWithinFile(rows, 'sum');
        for (const field of [...COUNTER_FIELDS, ...NULLABLE_COUNTER_FIELDS]) {
          expect(total(combined.map((r) => r.counters[field]))).toBe(total(rows.map((r) => r.counters[field])));
        }
        for (const field of BREAKDOWN_COUNTER_FIELDS) {
          const cells = (rs: NormalizedUsageRow[]): number[] => rs.flatMap((r) => r.breakdowns.map((c) => c[field]));
          expect(total(cells(combined))).toBe(total(cells(rows)));
        }
        for (const field of FLAG_FIELDS) {
          expect(combined.filter((r) => r.flags[field]).length > 0).toBe(rows.some((r) => r.flags[field]));
        }
      }),
    );
  });
});
