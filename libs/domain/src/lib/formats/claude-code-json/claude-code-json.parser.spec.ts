import fc from 'fast-check';
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { GoldenManifest } from '../testing/golden-manifest';
import { parseText } from '../testing/parse-events';
import { claudeCodeJsonParser } from './claude-code-json.parser';

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

describe('claudeCodeJsonParser golden fixtures', () => {
  it('lists every fixture file in the manifest', () => {
    const files = ['ok', 'not-ok'].flatMap((folder) => readdirSync(join(FIXTURES, folder)).map((name) => `${folder}/${name}`));
    expect(files.sort()).toEqual(manifest.cases.map((entry) => entry.file).sort());
  });

  describe.each(manifest.cases)('$file: $description', (entry) => {
    it('yields the expected rows, errors and warnings', async () => {
      const result = await parseText(claudeCodeJsonParser, fixture(entry.file), options);
      expect(result.rows).toMatchObject(entry.rows);
      expect(result.errors).toEqual(entry.errors.map((error) => ({ line: error.line, message: expect.stringContaining(error.contains) })));
      expect(result.warnings).toEqual(entry.warnings);
    });

    it('gives the same events however the text is chunked', async () => {
      const text = fixture(entry.file);
      const whole = await parseText(claudeCodeJsonParser, text, options);
      await fc.assert(
        fc.asyncProperty(fc.array(fc.nat({ max: text.length }), { maxLength: 10 }), async (cuts) => {
          expect((await parseText(claudeCodeJsonParser, text, options, cuts)).events).toEqual(whole.events);
        }),
        { numRuns: 30 },
      );
    });
  });
});
describe('claudeCodeJsonParser on the documented real page', () => {
  const path = 'real/claude-code/faros-airbyte-connectors/claude_code_usage_report.json';

  it('imports both records with totals summed independently from the raw JSON', async () => {
    const text = shared(path);
    const page = JSON.parse(text) as { data: RawRecord[] };
    const result = await parseText(claudeCodeJsonParser, text, { today: '2026-09-30' });

    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.rows.map((row) => [row.day, row.person.identities])).toEqual([
      ['2025-08-08', [{ kind: 'email', value: 'user1@example.com' }]],
      ['2025-08-09', [{ kind: 'email', value: 'user2@example.com' }]],
    ]);
    result.rows.forEach((row, index) => {
      const raw = page.data[index];
      if (!raw) throw new Error('record missing');
      const decisions = Object.values(raw.tool_actions);
      const models = raw.model_breakdown;
      expect(row.counters).toMatchObject({
        sessions: raw.core_metrics.num_sessions,
        linesAdded: raw.core_metrics.lines_of_code.added,
        linesDeleted: raw.core_metrics.lines_of_code.removed,
        commits: raw.core_metrics.commits_by_claude_code,
        pullRequests: raw.core_metrics.pull_requests_by_claude_code,
        acceptances: decisions.reduce((sum, tool) => sum + tool.accepted, 0),
        generations: decisions.reduce((sum, tool) => sum + tool.accepted + tool.rejected, 0),
        tokensInput: models.reduce((sum, model) => sum + model.tokens.input, 0),
        tokensOutput: models.reduce((sum, model) => sum + model.tokens.output, 0),
        tokensCacheCreation: models.reduce((sum, model) => sum + model.tokens.cache_creation, 0),
        tokensCacheRead: models.reduce((sum, model) => sum + model.tokens.cache_read, 0),
        costCents: models.reduce((sum, model) => sum + model.estimated_cost.amount, 0),
        interactions: 0,
      });
    });
    expect(result.rows[0]?.breakdowns.map((cell) => cell.key)).toEqual(['claude-sonnet-4', 'claude-haiku-3.5']);
  });

  it('recognises the page and rejects Copilot and CSV samples', () => {
    expect(claudeCodeJsonParser.canParse(shared(path).slice(0, 4096))).toBe(true);
    expect(claudeCodeJsonParser.canParse(shared('real/claude-code/faros-airbyte-connectors/users.json'))).toBe(false);
    expect(claudeCodeJsonParser.canParse(shared('real/github-copilot/faros-airbyte-connectors/daily_copilot-usage-report.jsonl'))).toBe(false);
    expect(claudeCodeJsonParser.canParse('date,email,sessions\n2026-04-01,a@x.io,1\n')).toBe(false);
  });
});

interface RawRecord {
  core_metrics: {
    num_sessions: number;
    lines_of_code: { added: number; removed: number };
    commits_by_claude_code: number;
    pull_requests_by_claude_code: number;
  };
  tool_actions: Record<string, { accepted: number; rejected: number }>;
  model_breakdown: {
    tokens: { input: number; output: number; cache_creation: number; cache_read: number };
    estimated_cost: { amount: number };
  }[];
}

describe('claudeCodeJsonParser properties', () => {
  const today = '2026-04-30';
  const record = fc.record(
    {
      date: fc.constantFrom('2026-04-01', '2026-04-01T00:00:00Z', '2031-01-01', 'nope'),
      actor: fc.oneof(
        fc.record({ type: fc.constant('user_actor'), email_address: fc.constantFrom('a@x.io', 'B@X.IO', '', 'bad') }),
        fc.record({ type: fc.constant('api_actor'), api_key_name: fc.constantFrom('ci', '') }),
        fc.constant(null),
      ),
      core_metrics: fc.record({ num_sessions: fc.integer({ min: -1, max: 9 }) }),
      tool_actions: fc.dictionary(fc.constantFrom('edit_tool', 'write_tool', 'new_tool'), fc.record({ accepted: fc.nat(9), rejected: fc.nat(9) })),
      model_breakdown: fc.array(fc.record({ model: fc.string({ maxLength: 20 }), estimated_cost: fc.record({ amount: fc.double({ min: 0, max: 1e4, noNaN: true }) }) }), {
        maxLength: 3,
      }),
    },
    { requiredKeys: [] },
  );

  it('turns every record of every page into exactly one row or one error, however it is chunked', async () => {
    const pages = fc.array(fc.array(record, { maxLength: 4 }), { minLength: 1, maxLength: 3 });
    await fc.assert(
      fc.asyncProperty(pages, fc.boolean(), fc.array(fc.nat({ max: 4000 }), { maxLength: 8 }), async (data, pretty, cuts) => {
        const text = data.map((records) => JSON.stringify({ data: records, has_more: true, next_page: 'x' }, null, pretty ? 2 : undefined)).join('\n');
        const result = await parseText(claudeCodeJsonParser, text, { today }, cuts);
        expect(result.rows.length + result.errors.length).toBe(data.flat().length);
        expect(result.events).toEqual((await parseText(claudeCodeJsonParser, text, { today })).events);
      }),
    );
  });

  it('never throws on arbitrary text', async () => {
    await fc.assert(
      fc.asyncProperty(fc.string({ unit: 'binary', maxLength: 400 }), fc.array(fc.nat({ max: 400 }), { maxLength: 6 }), async (text, cuts) => {
        await expect(parseText(claudeCodeJsonParser, text, { today }, cuts)).resolves.toBeDefined();
      }),
    );
  });
});
