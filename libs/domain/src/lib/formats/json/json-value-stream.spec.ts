import fc from 'fast-check';
import { chunksOf, collect } from '../testing/parse-events';
import { type JsonStreamItem, JsonValueSplitter, streamJsonValues } from './json-value-stream';

function split(text: string, cuts: readonly number[] = []): Promise<JsonStreamItem[]> {
  return collect(streamJsonValues(chunksOf(text, cuts)));
}

function values(items: readonly JsonStreamItem[]): unknown[] {
  return items.map((item) => ('value' in item ? item.value : { error: item.line }));
}

describe('streamJsonValues', () => {
  it('yields one value per NDJSON line with its line number, skipping blank lines and CRLF', async () => {
    const items = await split('{"a":1}\r\n\r\n{"a":2}\n  {"a":3}  \n');
    expect(items).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 3, value: { a: 2 } },
      { line: 4, value: { a: 3 } },
    ]);
  });

  it('reports a bad NDJSON line on its own line and resynchronises at the next newline', async () => {
    const items = await split('{"a":1}\n{"a":"unterminated\n{"a":2,}\n{"a":3}} \nnot json\n{"a":4}');
    expect(items.map((item) => [item.line, 'error' in item])).toEqual([
      [1, false],
      [2, true],
      [3, true],
      [4, true],
      [5, true],
      [6, false],
    ]);
    expect(values(items).at(-1)).toEqual({ a: 4 });
  });

  it('treats a truncated first NDJSON line as an error for that line only', async () => {
    const items = await split('{"user_id":1,"day":"2026\n{"user_id":2}\n');
    expect(items).toEqual([
      { line: 1, error: 'Line ends before its JSON value is complete' },
      { line: 2, value: { user_id: 2 } },
    ]);
  });

  it('yields each element of a top-level array at the line where it starts', async () => {
    const text = '[\n  {"a": [1, 2]},\n  {\n    "b": "x,]}"\n  },\n  3\n]\n';
    expect(await split(text)).toEqual([
      { line: 2, value: { a: [1, 2] } },
      { line: 3, value: { b: 'x,]}' } },
      { line: 6, value: 3 },
    ]);
  });

  it('unwraps day_totals and data arrays and ignores the wrapper keys around them', async () => {
    const text = [
      '{',
      '  "report_start_day": "2026-03-29", "nested": {"data": [9]},',
      '  "day_totals": [{"n": 1}, {"n": 2}],',
      '  "has_more": false, "next_page": null',
      '}',
    ].join('\n');
    expect(await split(text)).toEqual([
      { line: 3, value: { n: 1 } },
      { line: 3, value: { n: 2 } },
    ]);
  });

  it('reads several pages back to back, pretty-printed or minified', async () => {
    const text = '{\n "data": [\n  {"n": 1}\n ],\n "has_more": true\n}\n{"data":[{"n":2}],"has_more":true}{"data":[]}\n[{"n":3}]';
    expect(values(await split(text))).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
  });

  it('keeps escapes inside strings, including escaped quotes and backslashes before quotes', async () => {
    const record = { s: 'a"b\\', t: '{[', u: '\\"}' };
    expect(values(await split(`[${JSON.stringify(record)}, ${JSON.stringify(record)}]`))).toEqual([record, record]);
  });

  it('reports bad JSON inside an array element and carries on with the next element', async () => {
    const items = await split('[\n{"a": 1},\n{"a": nope},\n{"a": 3}\n]');
    expect(items.map((item) => [item.line, 'error' in item])).toEqual([
      [2, false],
      [3, true],
      [4, false],
    ]);
  });

  it('reports a file that ends inside an element or before its document closes', async () => {
    expect(await split('[{"a":1},\n{"a":')).toEqual([
      { line: 1, value: { a: 1 } },
      { line: 2, error: 'File ends before the JSON value is complete' },
    ]);
    expect(await split('{\n"data": [{"a":1}')).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 1, error: 'File ends before the JSON array is closed' },
    ]);
    expect(await split('{\n"data": [{"a":1}]\n')).toEqual([
      { line: 2, value: { a: 1 } },
      { line: 1, error: 'File ends before the JSON document is closed' },
    ]);
  });

  it('reports a value over the size limit instead of buffering it', () => {
    const splitter = new JsonValueSplitter({ maxValueLength: 20 });
    const items = [...splitter.push('{"a":"'), ...splitter.push('x'.repeat(100)), ...splitter.push('"}\n{"b":1}\n')];
    expect([...items, ...splitter.end()]).toEqual([
      { line: 1, error: 'JSON value is longer than 20 characters' },
      { line: 2, value: { b: 1 } },
    ]);
  });

  it('takes a top-level scalar up to the end of its line', async () => {
    expect(await split('42\n"x"\n')).toEqual([
      { line: 1, value: 42 },
      { line: 2, value: 'x' },
    ]);
  });
});

const jsonRecord = fc.dictionary(
  fc.string({ maxLength: 6 }),
  fc.oneof(fc.integer(), fc.string({ maxLength: 8 }), fc.boolean(), fc.constant(null), fc.array(fc.integer(), { maxLength: 3 })),
  { maxKeys: 4 },
);
const cutPoints = fc.array(fc.nat({ max: 2000 }), { maxLength: 12 });

describe('streamJsonValues properties', () => {
  it('gives the same items with and without the NDJSON line fast path', async () => {
    const record = jsonRecord.map((value) => JSON.stringify(value));
    const line = fc.oneof(
      { weight: 4, arbitrary: record },
      { weight: 1, arbitrary: record.map((text) => text.slice(0, -1)) },
      { weight: 1, arbitrary: record.map((text) => `  ${text}\r`) },
      { weight: 1, arbitrary: record.map((text) => `\uFEFF${text}`) },
      { weight: 1, arbitrary: record.map((text) => `${text} x`) },
      { weight: 1, arbitrary: fc.array(jsonRecord, { maxLength: 2 }).map((records) => JSON.stringify({ data: records })) },
      { weight: 1, arbitrary: fc.array(jsonRecord, { maxLength: 2 }).map((records) => JSON.stringify(records, null, 1)) },
      { weight: 1, arbitrary: fc.constantFrom('', '   ', '42', '{"data": 1}', '{"day_totals": [1], "day_totals": 2}', '}{') },
      { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 30 }) },
    );
    await fc.assert(
      // A small size limit also sends long lines from the fast path to the scanner midway.
      fc.asyncProperty(record, fc.array(line, { maxLength: 10 }), cutPoints, fc.constantFrom(30, 4096), async (first, lines, cuts, maxValueLength) => {
        const text = [first, ...lines].join('\n');
        const fast = await collect(streamJsonValues(chunksOf(text, cuts), { maxValueLength }));
        const scanned = await collect(streamJsonValues(chunksOf(text, cuts), { maxValueLength, lineFastPath: false }));
        expect(fast).toEqual(scanned);
      }),
      { numRuns: 200 },
    );
  });


  it('never throws on arbitrary text or decoded bytes, however it is chunked', async () => {
    const decoder = new TextDecoder();
    const anyText = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 300 }),
      fc.uint8Array({ maxLength: 300 }).map((bytes) => decoder.decode(bytes)),
      fc.array(fc.constantFrom('{', '}', '[', ']', '"', '\\', ',', ':', '\n', 'a', '1', ' '), { maxLength: 200 }).map((parts) => parts.join('')),
    );
    await fc.assert(
      fc.asyncProperty(anyText, cutPoints, async (text, cuts) => {
        await expect(split(text, cuts)).resolves.toBeInstanceOf(Array);
      }),
    );
  });

  it('gives the same items whatever the chunk boundaries', async () => {
    const documents = fc.oneof(
      fc.array(jsonRecord, { maxLength: 5 }).map((records) => records.map((record) => JSON.stringify(record)).join('\n')),
      fc.array(jsonRecord, { maxLength: 5 }).map((records) => JSON.stringify({ data: records, has_more: false }, null, 2)),
      fc.array(jsonRecord, { maxLength: 5 }).map((records) => JSON.stringify(records, null, 1)),
      fc.string({ unit: 'binary', maxLength: 200 }),
    );
    await fc.assert(
      fc.asyncProperty(documents, cutPoints, async (text, cuts) => {
        expect(await split(text, cuts)).toEqual(await split(text));
      }),
    );
  });

  it('round-trips NDJSON: every line is exactly one item, a value when valid and an error otherwise', async () => {
    const line = fc.oneof(
      jsonRecord.map((record) => ({ text: JSON.stringify(record), valid: true })),
      // A truncated record keeps at least `{"` so the line still reads as the start of a record.
      jsonRecord
        .filter((record) => Object.keys(record).length > 0)
        .map((record) => JSON.stringify(record))
        .chain((text) => fc.integer({ min: 2, max: text.length - 1 }).map((cut) => ({ text: text.slice(0, cut), valid: false }))),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 8 }), cutPoints, async (lines, cuts) => {
        const items = await split(lines.map((entry) => entry.text).join('\n'), cuts);
        expect(items.map((item) => ['value' in item, item.line])).toEqual(lines.map((entry, index) => [entry.valid, index + 1]));
      }),
    );
  });
});
