import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldenManifest } from '../testing/golden-manifest';
import { parseText } from '../testing/parse-events';
import { copilotNdjsonParser } from './copilot-ndjson.parser';

const FIXTURES = join(__dirname, '__fixtures__');
const SHARED = resolve(__dirname, '../../../../../../../shared/fixtures');
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as GoldenManifest;
const options = { today: manifest.today };

function fixture(path: string): string {
  return readFileSync(join(FIXTURES, path), 'utf8');
}

function shared(path: string): string {
  return readFileSync(join(SHARED, path), 'utf8');
}

describe('copilotNdjsonParser golden fixtures', () => {
  it('lists every fixture file in the manifest', () => {
    const files = ['ok', 'not-ok'].flatMap((folder) => readdirSync(join(FIXTURES, folder)).map((name) => `${folder}/${name}`));
    expect(files.sort()).toEqual(manifest.cases.map((entry) => entry.file).sort());
  });

  describe.each(manifest.cases)('$file: $description', (entry) => {
    it('yields the expected rows, errors and warnings', async () => {
      const result = await parseText(copilotNdjsonParser, fixture(entry.file), options);
      expect(result.rows).toMatchObject(entry.rows);
      expect(result.errors).toEqual(entry.errors.map((error) => ({ line: error.line, message: expect.stringContaining(error.contains) })));
      expect(result.warnings).toEqual(entry.warnings);
    });

    it('gives the same events however the text is chunked', async () => {
      const text = fixture(entry.file);
      const whole = await parseText(copilotNdjsonParser, text, options);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: text.length }), { maxLength: 10 }), async (cuts) => {
          expect((await parseText(copilotNdjsonParser, text, options, cuts)).events).toEqual(whole.events);
        }),
        { numRuns: 30 },
      );
    });
  });
});

describe('copilotNdjsonParser on real samples', () => {
  const today = '2026-09-30';
  const derivedPath = 'derived/github-copilot/organization-users-28-day-report.day_totals.ndjson';

  it('imports the anonymised real 28-day NDJSON with totals equal to the sums of its top-level fields', async () => {
    const text = shared(derivedPath);
    const records = text
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => JSON.parse(line) as Record<string, number>);
    const sum = (field: string): number => records.reduce((total, record) => total + (record[field] ?? 0), 0);

    const result = await parseText(copilotNdjsonParser, text, { today });
    const total = (field: 'generations' | 'acceptances' | 'interactions' | 'linesAdded' | 'linesDeleted'): number =>
      result.rows.reduce((acc, row) => acc + row.counters[field], 0);

    expect(records).toHaveLength(49);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((row) => row.line)).toEqual(records.map((_, index) => index + 1));
    expect(total('generations')).toBe(sum('code_generation_activity_count'));
    expect(total('acceptances')).toBe(sum('code_acceptance_activity_count'));
    expect(total('interactions')).toBe(sum('user_initiated_interaction_count'));
    expect(total('linesAdded')).toBe(sum('loc_added_sum'));
    expect(total('linesDeleted')).toBe(sum('loc_deleted_sum'));
  });

  it('keeps messy language and model names apart from their canonical keys', async () => {
    const result = await parseText(copilotNdjsonParser, shared(derivedPath), { today });
    const cells = result.rows.flatMap((row) => row.breakdowns);
    const languages = new Set(cells.filter((cell) => cell.dimension === 'language_model').map((cell) => cell.key));
    const models = new Set(cells.filter((cell) => cell.dimension === 'language_model').map((cell) => cell.key2));
    expect(languages).not.toContain('c#');
    expect(languages).not.toContain('bash');
    expect(models).not.toContain('claude-4.5-haiku');
    expect(models).not.toContain('claude-4.6-sonnet');
    expect(cells.some((cell) => cell.rawKey === 'c#' && cell.key === 'csharp')).toBe(true);
  });

  it('reads the faros NDJSON records (1-day and 28-day) exactly', async () => {
    for (const [file, generations, linesAdded] of [
      ['daily_copilot-usage-report.jsonl', 150, 100],
      ['copilot-usage-report.jsonl', 333, 231],
    ] as const) {
      const result = await parseText(copilotNdjsonParser, shared(`real/github-copilot/faros-airbyte-connectors/${file}`), { today });
      expect(result.errors).toEqual([]);
      expect(result.rows).toHaveLength(1);
      expect(result.rows[0]).toMatchObject({
        person: { identities: [{ kind: 'github_user_id', value: '19153140' }, { kind: 'github_login', value: 'octocat' }] },
        counters: { generations, linesAdded, aiCredits: null },
        flags: { usedAgent: true, usedChat: true },
      });
    }
  });

  it('unwraps the viewer day_totals file of user records', async () => {
    const text = shared('real/github-copilot/copilot-metrics-viewer/organization-users-1-day-report.json');
    const result = await parseText(copilotNdjsonParser, text, { today });
    expect(result.errors).toEqual([]);
    expect(result.rows.map((row) => row.day)).toEqual(['2026-04-25', '2026-04-25']);
  });
});

describe('copilotNdjsonParser.canParse', () => {
  it.each([
    'derived/github-copilot/organization-users-28-day-report.day_totals.ndjson',
    'real/github-copilot/faros-airbyte-connectors/daily_copilot-usage-report.jsonl',
    'real/github-copilot/copilot-metrics-viewer/organization-users-1-day-report.json',
  ])('recognises %s', (path) => {
    expect(copilotNdjsonParser.canParse(shared(path).slice(0, 4096))).toBe(true);
  });

  it.each([
    'real/claude-code/faros-airbyte-connectors/claude_code_usage_report.json',
    'real/github-copilot/copilot-metrics-viewer/organization-1-day-report.json',
    'real/github-copilot/faros-airbyte-connectors/copilot_seats.json',
  ])('rejects %s', (path) => {
    expect(copilotNdjsonParser.canParse(shared(path).slice(0, 4096))).toBe(false);
  });

  it('rejects CSV', () => {
    expect(copilotNdjsonParser.canParse('day,user_login,generations\n2026-04-01,octocat,3\n')).toBe(false);
  });
});

describe('copilotNdjsonParser properties', () => {
  const today = '2026-04-30';
  const record = fc.record(
    {
      day: fc.constantFrom('2026-04-01', '2026-04-30', '2030-01-01', '2026-13-01', 'x'),
      user_id: fc.oneof(fc.nat(), fc.constant(null)),
      user_login: fc.oneof(fc.string({ maxLength: 6 }), fc.constant(null)),
      code_generation_activity_count: fc.oneof(fc.integer({ min: -2, max: 50 }), fc.constant('7'), fc.constant('abc')),
      loc_added_sum: fc.integer({ min: 0, max: 500 }),
      totals_by_ide: fc.array(fc.record({ ide: fc.constantFrom('vscode', 'VS Code', 'jetbrains'), loc_added_sum: fc.integer({ min: -1, max: 9 }) }), {
        maxLength: 3,
      }),
      surprise: fc.integer(),
    },
    { requiredKeys: [] },
  );
  const line = fc.oneof(
    { weight: 4, arbitrary: record.map((value) => JSON.stringify(value)) },
    { weight: 1, arbitrary: record.map((value) => JSON.stringify(value).slice(0, -1)) },
    // Not `[...]`: a bracketed line is a JSON array, whose elements are the records (zero or several).
    { weight: 1, arbitrary: fc.constantFrom('null', 'true', 'nonsense', '"text"', '}{') },
  );

  it('turns every record line into exactly one row or one error, however it is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 10 }), fc.array(fc.nat({ max: 3000 }), { maxLength: 8 }), async (lines, cuts) => {
        const result = await parseText(copilotNdjsonParser, lines.join('\n'), { today }, cuts);
        const reported = [...result.rows.map((row) => row.line), ...result.errors.map((error) => error.line)].sort((a, b) => a - b);
        expect(reported).toEqual(lines.map((_, index) => index + 1));
      }),
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), async (text, cuts) => {
        await expect(parseText(copilotNdjsonParser, text, { today }, cuts)).resolves.toBeDefined();
      }),
    );
  });
});
