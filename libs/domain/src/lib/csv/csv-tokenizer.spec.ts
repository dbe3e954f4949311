import fc from 'fast-check';
import type { CsvDelimiter, CsvEntry } from './csv-record-reader';
import { tokenizeCsv, tokenizeCsvText } from './csv-tokenizer';
import { collect, cutAt, piecesOf, streamOf } from './testing/text-streams';

/** Every chunking of the same text must tokenize the same: whole, one char at a time, and odd sizes. */
async function tokenizeEveryWay(text: string): Promise<CsvEntry[]> {
  const whole = tokenizeCsvText(text);
  for (const size of [1, 2, 3, 7]) {
    expect(await collect(tokenizeCsv(streamOf(piecesOf(text, size))))).toEqual(whole);
  }
  return whole;
}

describe('tokenizeCsv', () => {
  it('reads plain records with the line each starts on', async () => {
    expect(await tokenizeEveryWay('a,b\n1,2\n3,4\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, fields: ['3', '4'] },
    ]);
  });

  it('keeps delimiters, doubled quotes and line breaks inside quotes, and counts those lines', async () => {
    const text = 'h1,h2\n"a,b","say ""hi"""\n"multi\r\nline",x\nnext,row';
    expect(await tokenizeEveryWay(text)).toEqual([
      { line: 1, fields: ['h1', 'h2'] },
      { line: 2, fields: ['a,b', 'say "hi"'] },
      { line: 3, fields: ['multi\r\nline', 'x'] },
      { line: 5, fields: ['next', 'row'] },
    ]);
  });

  it('strips a UTF-8 BOM and detects ";" from the header', async () => {
    expect(await tokenizeEveryWay('\uFEFFday;user\r\n2025-01-01;"a;b"\r\n')).toEqual([
      { line: 1, fields: ['day', 'user'] },
      { line: 2, fields: ['2025-01-01', 'a;b'] },
    ]);
  });

  it('does not let a delimiter inside a quoted header field vote', async () => {
    expect(await tokenizeEveryWay('a,"p;q;r"\n1,2\n')).toEqual([
      { line: 1, fields: ['a', 'p;q;r'] },
      { line: 2, fields: ['1', '2'] },
    ]);
  });

  it('falls back to "," on a tie', async () => {
    expect(await tokenizeEveryWay('a;b,c\n')).toEqual([{ line: 1, fields: ['a;b', 'c'] }]);
    expect(await tokenizeEveryWay('only\n1\n')).toEqual([
      { line: 1, fields: ['only'] },
      { line: 2, fields: ['1'] },
    ]);
  });

  it('skips blank and whitespace-only lines but not a quoted empty field or a lone delimiter', async () => {
    expect(await tokenizeEveryWay('\n\na,b\n\n  \n""\n,\r\n\r\n')).toEqual([
      { line: 3, fields: ['a', 'b'] },
      { line: 6, fields: [''] },
      { line: 7, fields: ['', ''] },
    ]);
  });

  it('treats a lone CR as a line break, also across chunks', async () => {
    expect(await tokenizeEveryWay('a,b\r1,2\r\r3,4')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 4, fields: ['3', '4'] },
    ]);
  });

  it('keeps stray quotes inside unquoted fields and text after a closing quote', async () => {
    expect(await tokenizeEveryWay('a,b\n5" screen,"x"y\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['5" screen', 'xy'] },
    ]);
  });

  it('reports an unterminated quote at the start line of its record', async () => {
    expect(await tokenizeEveryWay('a,b\n1,2\n3,"open\nstill open\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, error: 'unterminated quoted field: the quote opened on line 3 is never closed' },
    ]);
  });

  it('reads a last record without a final line break, and nothing from empty input', async () => {
    expect(await tokenizeEveryWay('a,b\n1,')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', ''] },
    ]);
    expect(await tokenizeEveryWay('')).toEqual([]);
    expect(await tokenizeEveryWay('\uFEFF')).toEqual([]);
  });

  it('honours an explicit delimiter', () => {
    expect(tokenizeCsvText('a,b;c\n', { delimiter: ';' })).toEqual([{ line: 1, fields: ['a,b', 'c'] }]);
  });
});

// ---- properties ----------------------------------------------------------------------------------------------

const cellUnit = fc.constantFrom('a', 'Z', '7', ' ', '\t', ',', ';', '"', '\r', '\n', 'é', '😀', '\uFEFF');
const cellArb = fc.string({ unit: cellUnit, maxLength: 6 });
const tableArb = fc.array(fc.array(cellArb, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 });
const LINE_BREAK = /\r\n|\r|\n/g;

interface Serialized {
  readonly text: string;
  readonly startLines: number[];
}

/**
 * RFC 4180 writer used as the oracle: quotes a field holding either delimiter, a quote or a line break;
 * also a lone blank field (else it would be a skipped blank line) and a leading BOM (else it would be stripped).
 */
function serialize(
  table: string[][],
  delimiter: CsvDelimiter,
  breaks: string[],
  blankLines: number[],
  bom: boolean,
): Serialized {
  let text = bom ? '\uFEFF' : '';
  const startLines: number[] = [];
  table.forEach((record, index) => {
    text += '\n'.repeat(blankLines[index % blankLines.length] ?? 0);
    startLines.push((text.match(LINE_BREAK)?.length ?? 0) + 1);
    const fields = record.map((field, column) => {
      const needsQuotes =
        /[",;\r\n]/.test(field) ||
        (record.length === 1 && field.trim() === '') ||
        (column === 0 && field.startsWith('\uFEFF'));
      return needsQuotes ? `"${field.replace(/"/g, '""')}"` : field;
    });
    text += fields.join(delimiter) + (breaks[index % breaks.length] ?? '\n');
  });
  return { text, startLines };
}

/** Arbitrary text biased towards CSV syntax, including a lone surrogate that broken decoders produce. */
const csvSyntax = fc.constantFrom(',', ';', '"', '\r', '\n', ' ', '\uFEFF', '\uD800');
const anyCodePoint = fc.string({ unit: 'binary', minLength: 1, maxLength: 1 });

describe('tokenizeCsv properties', () => {
  it('round-trips any table, either delimiter, any chunking, with correct start lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        tableArb,
        fc.constantFrom<CsvDelimiter>(',', ';'),
        fc.array(fc.constantFrom('\n', '\r\n', '\r'), { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(2), { minLength: 1, maxLength: 4 }),
        fc.boolean(),
        fc.array(fc.nat(400), { maxLength: 12 }),
        async (table, delimiter, breaks, blankLines, bom, cuts) => {
          const { text, startLines } = serialize(table, delimiter, breaks, blankLines, bom);
          // A one-column header splits the same both ways (tie → ","), so only then is the delimiter given.
          const options = (table[0]?.length ?? 0) > 1 ? {} : { delimiter };
          const entries = await collect(tokenizeCsv(streamOf(cutAt(text, cuts)), options));
          expect(entries).toEqual(table.map((fields, index) => ({ line: startLines[index], fields })));
        },
      ),
    );
  });

  it('never throws on arbitrary text, chunked anywhere, and every entry has a valid line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ unit: fc.oneof(csvSyntax, anyCodePoint) }),
        fc.array(fc.nat(200), { maxLength: 10 }),
        async (text, cuts) => {
          const entries = await collect(tokenizeCsv(streamOf(cutAt(text, cuts))));
          const lineCount = (text.match(LINE_BREAK)?.length ?? 0) + 1;
          let previous = 0;
          for (const entry of entries) {
            expect(entry.line).toBeGreaterThan(previous);
            expect(entry.line).toBeLessThanOrEqual(lineCount);
            previous = entry.line;
          }
          expect(entries).toEqual(tokenizeCsvText(text));
        },
      ),
    );
  });
});
