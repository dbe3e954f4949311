import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import type { ColumnMapping, ParseEvent } from '../formats/format-parser';
import { COUNTER_FIELDS, type NormalizedUsageRow } from '../usage/usage-row';
import { tokenizeCsvText } from './csv-tokenizer';
import { genericCsvParser } from './generic-csv.parser';
import { collect, piecesOf, cutAt, streamOf } from './testing/text-streams';

interface ExpectedRow {
  line: number;
  day: string;
  tool: string;
  source: string;
  identities: string[];
  displayName: string;
  counters: Record<string, number>;
}

interface FixtureCase {
  file: string;
  about: string;
  givenMapping?: ColumnMapping;
  columns: string[] | null;
  mapping: ColumnMapping | null;
  warnings: string[];
  rows: ExpectedRow[];
  errors: { line: number; message: string }[];
}

const FIXTURES = join(__dirname, '__fixtures__');
const manifest = JSON.parse(readFileSync(join(FIXTURES, 'manifest.json'), 'utf8')) as {
  today: string;
  cases: FixtureCase[];
};

/** A row in the manifest's compact form: identities as `kind:value`, only the non-zero counters. */
function compact(row: NormalizedUsageRow): ExpectedRow {
  const counters: Record<string, number> = {};
  for (const field of COUNTER_FIELDS) if (row.counters[field] !== 0) counters[field] = row.counters[field];
  return {
    line: row.line,
    day: row.day,
    tool: row.tool,
    source: row.source,
    identities: row.person.identities.map((identity) => `${identity.kind}:${identity.value}`),
    displayName: row.person.displayName ?? '',
    counters,
  };
}

async function parse(
  chunks: readonly string[],
  mapping?: ColumnMapping,
  today = manifest.today,
): Promise<ParseEvent[]> {
  return collect(genericCsvParser.parse(streamOf(chunks), { today, ...(mapping ? { mapping } : {}) }));
}

describe('genericCsvParser golden fixtures', () => {
  it('lists every fixture file in the manifest, and has enough of them', () => {
    const onDisk = ['ok', 'not-ok'].flatMap((dir) => readdirSync(join(FIXTURES, dir)).map((name) => `${dir}/${name}`));
    expect(onDisk.sort()).toEqual(manifest.cases.map((fixture) => fixture.file).sort());
    expect(manifest.cases.filter((fixture) => fixture.file.startsWith('ok/')).length).toBeGreaterThanOrEqual(6);
  });

  describe.each(manifest.cases)('$file', (fixture) => {
    const text = readFileSync(join(FIXTURES, fixture.file), 'utf8');

    it('yields exactly the expected columns, warnings, rows and errors', async () => {
      const events = await parse([text], fixture.givenMapping);
      const columns = events.filter((event) => event.type === 'columns');
      expect(columns.map((event) => event.columns)).toEqual(fixture.columns === null ? [] : [fixture.columns]);
      expect(columns.map((event) => event.mapping)).toEqual(fixture.mapping === null ? [] : [fixture.mapping]);
      expect(events.flatMap((event) => (event.type === 'warning' ? [event.message] : []))).toEqual(fixture.warnings);
      expect(events.flatMap((event) => (event.type === 'row' ? [compact(event.row)] : []))).toEqual(fixture.rows);
      expect(events.flatMap((event) => (event.type === 'error' ? [event.error] : []))).toEqual(fixture.errors);
    });

    it('yields the same events however the file is chunked', async () => {
      const whole = await parse([text], fixture.givenMapping);
      for (const size of [1, 2, 5, 64]) expect(await parse(piecesOf(text, size), fixture.givenMapping)).toEqual(whole);
    });

    it('puts the columns event first and notes before rows; every data record is a row or an error', async () => {
      const events = await parse([text], fixture.givenMapping);
      const firstRow = events.findIndex((event) => event.type === 'row');
      if (fixture.columns !== null) expect(events[0]?.type).toBe('columns');
      if (firstRow >= 0) {
        expect(events.slice(firstRow).every((event) => event.type === 'row' || event.type === 'error')).toBe(true);
      }
      const records = tokenizeCsvText(text);
      const fileLevelError = fixture.errors.some((error) => error.line === 1);
      if (!fileLevelError) expect(fixture.rows.length + fixture.errors.length).toBe(Math.max(records.length - 1, 0));
    });

    it('yields rows that satisfy the row invariants', async () => {
      const events = await parse([text], fixture.givenMapping);
      for (const event of events) {
        if (event.type !== 'row') continue;
        const { row } = event;
        expect(row.day <= manifest.today).toBe(true);
        expect(row.person.identities.length).toBeGreaterThan(0);
        expect(row.person.isService).toBe(false);
        expect(row.breakdowns).toEqual([]);
        for (const field of COUNTER_FIELDS) expect(row.counters[field]).toBeGreaterThanOrEqual(0);
        expect(row.counters.aiCredits).toBeNull();
      }
    });
  });
});

describe('genericCsvParser', () => {
  it('is the GENERIC_CSV registry entry and sums rows of one person-tool-day', () => {
    expect(genericCsvParser.id).toBe('GENERIC_CSV');
    expect(genericCsvParser.combine).toBe('sum');
  });

  it('prefers the given mapping over the proposed one', async () => {
    const events = await parse(['date,user,login\n2025-06-01,alice@x.io,alice\n'], { day: 'date', email: 'user' });
    expect(events[0]).toEqual({
      type: 'columns',
      columns: ['date', 'user', 'login'],
      mapping: { day: 'date', email: 'user' },
    });
    expect(events[1]).toEqual({ type: 'warning', message: 'unmapped columns ignored: "login"' });
    expect(events[2]?.type === 'row' && events[2].row.person.identities).toEqual([
      { kind: 'email', value: 'alice@x.io' },
    ]);
  });

  it('matches mapped column names ignoring case when there is no exact match', async () => {
    const events = await parse(['Date,Login\n2025-06-01,alice\n'], { day: 'date', login: 'LOGIN' });
    expect(events.filter((event) => event.type === 'row')).toHaveLength(1);
  });

  it('reports both missing required mappings in one error', async () => {
    const events = await parse(['tool,generations\ncopilot,1\n']);
    expect(events.filter((event) => event.type === 'error')).toEqual([
      {
        type: 'error',
        error: {
          line: 1,
          message:
            'missing required mapping: day (which column holds the date); ' +
            'missing required mapping: email or login (which column identifies the developer)',
        },
      },
    ]);
    expect(events.some((event) => event.type === 'row')).toBe(false);
  });

  it('accepts a row dated today and rejects tomorrow', async () => {
    const events = await parse(['date,login\n2025-06-30,a\n2025-07-01,a\n'], undefined, '2025-06-30');
    expect(events.map((event) => event.type)).toEqual(['columns', 'row', 'error']);
  });

  describe('canParse', () => {
    it.each([
      ['date,email,generations\n2025-06-01,a@b.io,1\n', 'usage.csv'],
      ['\uFEFFDate;User;Tool\r\n', undefined],
      ['"Date","Email"\n"2025-06-01","a@b.io"', 'export'],
      ['\n\nday,login\n', 'x.txt'],
    ])('accepts a delimited header: %j', (sample, fileName) => {
      expect(genericCsvParser.canParse(sample, fileName)).toBe(true);
    });

    it.each([
      ['{"day":"2025-06-01","user_login":"a"}\n{"day":"2025-06-02"}', 'report.ndjson'],
      ['  [{"date":"2025-06-01"}]', undefined],
      ['\uFEFF{"data":[]}', undefined],
      ['date,login\n', 'looks-like.json'],
      ['just one column\nvalue\n', 'list.csv'],
      ['', undefined],
      ['"never closed,\n', undefined],
    ])('rejects %j', (sample, fileName) => {
      expect(genericCsvParser.canParse(sample, fileName)).toBe(false);
    });
  });
});

// ---- properties ----------------------------------------------------------------------------------------------

/** Cells drawn from good and bad values so both rows and every kind of error occur. */
const cellArb = fc.oneof(
  fc.constantFrom('2025-06-01', '06/02/2025', '13/01/2025', '31.05.2025', '2099-01-01', 'nope', ''),
  fc.constantFrom('alice', '@Bob', 'c@d.io', 'not-an-email', ' '),
  fc.constantFrom('copilot', 'Claude Code', 'cursor', '0', '12', '-1', '1.5', 'x', '"q,uoted"', '"multi\nline"'),
);
const HEADER = ['Date', 'Login', 'Email', 'Tool', 'Suggestions', 'Accepted', 'Lines Added'];
const rowArb = fc.array(cellArb, { minLength: HEADER.length - 1, maxLength: HEADER.length + 1 });

describe('genericCsvParser properties', () => {
  it('turns every data record into exactly one row or one error, on its line, however chunked', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(rowArb, { maxLength: 12 }),
        fc.constantFrom(',', ';'),
        fc.array(fc.nat(600), { maxLength: 8 }),
        async (rows, delimiter, cuts) => {
          const text = [HEADER, ...rows].map((cells) => cells.join(delimiter)).join('\r\n');
          const records = tokenizeCsvText(text).slice(1);
          const events = await parse(cutAt(text, cuts));
          const outcomes = events.flatMap((event) =>
            event.type === 'row' ? [event.row.line] : event.type === 'error' ? [event.error.line] : [],
          );
          expect(outcomes).toEqual(records.map((record) => record.line));
        },
      ),
    );
  });

  it('never throws on arbitrary text, with or without a mapping', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.oneof(fc.constantFrom(',', ';', '"', '\n', '\r', 'date', 'login', '1'), fc.string()) }),
        fc.array(fc.nat(200), { maxLength: 6 }),
        fc.option(fc.record({ day: fc.string(), login: fc.string() }, { requiredKeys: [] }), { nil: undefined }),
        async (text, cuts, mapping) => {
          const events = await parse(cutAt(text, cuts), mapping);
          expect(events.filter((event) => event.type === 'columns').length).toBeLessThanOrEqual(1);
        },
      ),
    );
  });
});
