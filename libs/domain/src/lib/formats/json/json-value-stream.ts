/**
 * Splits streamed JSON text into the records it holds while buffering at most one record:
 * NDJSON (one value per line), a top-level array, an object wrapping the records in an array under one of
 * `arrayKeys` (`{ day_totals: [...] }`, `{ data: [...], has_more }`), and several such documents back to back.
 *
 * Line mode: when the first top-level object has content on its opening line (`{"day":...`), the file is NDJSON and
 * a line that ends before its value is complete is an error for that line only; scanning resumes on the next line.
 * Pretty-printed documents open with `{` or `[` alone on a line and are scanned by structure instead.
 */

export type JsonStreamItem =
  | { readonly line: number; readonly value: unknown }
  | { readonly line: number; readonly error: string };

export interface JsonStreamOptions {
  /** Top-level keys whose array value holds the records; the wrapper's other keys are ignored. */
  readonly arrayKeys?: readonly string[];
  /** A value longer than this (in characters) is reported as an error instead of being buffered. */
  readonly maxValueLength?: number;
  /** Tests only: false scans NDJSON lines character by character too, the reference the fast path must match. */
  readonly lineFastPath?: boolean;
}

export const DEFAULT_ARRAY_KEYS: readonly string[] = ['day_totals', 'data'];
export const DEFAULT_MAX_VALUE_LENGTH = 4 * 1024 * 1024;

type Phase =
  /** Between top-level values. */
  | 'top'
  /** Inside a top-level object: a record, or a wrapper once one of `arrayKeys` opens an array. */
  | 'object'
  /** Inside a record array, between elements. */
  | 'array'
  /** Inside one element of a record array. */
  | 'element'
  /** A top-level value that is not an object or array: taken up to the end of its line. */
  | 'garbage'
  /** Line mode: a record is complete; anything but whitespace before the newline spoils the line. */
  | 'lineTail'
  /** Line mode: the line is already reported; skip to its end. */
  | 'skipLine';

/** Where the top-level object parser is within `"key": value`, tracked at depth 1 only to spot wrapper keys. */
type KeyState = 'expectKey' | 'inKey' | 'afterKey' | 'expectValue' | 'inValue';

/** The characters that can end or escape a string, or break its line. */
const STRING_SPECIAL = /["\\\n]/g;

/** Keys longer than this cannot be wrapper keys, so they are not accumulated. */
const MAX_KEY_LENGTH = 64;

const OPEN_BRACE = 0x7b;

/** Index of the first character JSON.parse does not skip as whitespace, or -1. */
function firstNonBlank(text: string): number {
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) return index;
  }
  return -1;
}

function isWhitespace(char: string): boolean {
  return char === ' ' || char === '\n' || char === '\r' || char === '\t' || char === '\uFEFF';
}

function parseValue(text: string | null, line: number, maxLength: number): JsonStreamItem {
  if (text === null) return { line, error: `JSON value is longer than ${maxLength} characters` };
  try {
    return { line, value: JSON.parse(text) as unknown };
  } catch (error) {
    return { line, error: `Invalid JSON: ${error instanceof Error ? error.message : String(error)}` };
  }
}

/**
 * Push-based splitter: feed chunks with `push`, then call `end`. Each returns the items completed so far.
 * Chunk boundaries never change the output: the state machine advances one character at a time, and the NDJSON fast
 * path only ever looks at whole lines.
 */
export class JsonValueSplitter {
  private readonly arrayKeys: ReadonlySet<string>;
  private readonly maxValueLength: number;
  private readonly lineFastPath: boolean;
  private output: JsonStreamItem[] = [];

  private phase: Phase = 'top';
  private line = 1;
  /** null until the first top-level record tells whether the file is NDJSON. */
  private lineMode: boolean | null = null;

  private depth = 0;
  private inString = false;
  private escaped = false;

  private capturing = false;
  private parts: string[] = [];
  private partsLength = 0;
  private segmentStart = 0;
  private oversized = false;
  private valueLine = 0;

  private keyState: KeyState = 'expectKey';
  private key = '';
  private isWrapper = false;
  private documentLine = 0;
  private contentOnOpeningLine = false;

  private containerDepth = 0;
  private containerInObject = false;
  private pending: JsonStreamItem | null = null;

  /** Line mode: the start of a line whose newline has not arrived yet. */
  private lineRest = '';

  constructor(options: JsonStreamOptions = {}) {
    this.arrayKeys = new Set(options.arrayKeys ?? DEFAULT_ARRAY_KEYS);
    this.maxValueLength = options.maxValueLength ?? DEFAULT_MAX_VALUE_LENGTH;
    this.lineFastPath = options.lineFastPath ?? true;
  }

  push(chunk: string): JsonStreamItem[] {
    let index = 0;
    while (index < chunk.length) {
      index = this.atLineStart() ? this.pushLines(chunk, index) : this.scan(chunk, index);
    }
    return this.drain();
  }

  end(): JsonStreamItem[] {
    if (this.lineRest !== '') {
      const rest = this.lineRest;
      this.lineRest = '';
      if (!this.takeLine(rest)) this.scan(rest, 0);
    }
    return this.endScan();
  }

  /**
   * NDJSON fast path: at the start of a line in line mode, whole lines are cut with indexOf and handed to JSON.parse
   * directly. A line JSON.parse refuses, or one that may be a wrapper or an array, goes through the character scanner
   * instead, which reports it exactly as before. Returns where in `chunk` the scanner must take over.
   */
  private pushLines(chunk: string, from: number): number {
    let start = from;
    while (this.atLineStart()) {
      const newline = chunk.indexOf('\n', start);
      if (newline === -1) {
        if (this.lineRest.length + chunk.length - start > this.maxValueLength) {
          // A line this long is the scanner's to bound and report; hand it what was held back.
          const rest = this.lineRest;
          this.lineRest = '';
          this.scan(rest, 0);
          return this.scan(chunk, start);
        }
        this.lineRest += chunk.slice(start);
        return chunk.length;
      }
      const text = this.lineRest === '' ? chunk.slice(start, newline) : this.lineRest + chunk.slice(start, newline);
      this.lineRest = '';
      if (!this.takeLine(text)) {
        this.scan(text, 0);
        // The scanner must see the newline itself unless the line left it between values.
        if (!this.atLineStart()) return newline;
      }
      this.line++;
      start = newline + 1;
    }
    return start;
  }

  private atLineStart(): boolean {
    return this.lineMode === true && this.phase === 'top' && this.lineFastPath;
  }

  /** One whole NDJSON line that parses as a plain record (not a wrapper): emitted directly. */
  private takeLine(text: string): boolean {
    if (text.length > this.maxValueLength) return false;
    const first = firstNonBlank(text);
    if (first === -1 || text.charCodeAt(first) !== OPEN_BRACE) return false;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return false;
    }
    // A wrapper key makes the scanner unwrap the array it holds; let it decide.
    for (const key of this.arrayKeys) if (Object.hasOwn(value as object, key)) return false;
    this.emit({ line: this.line, value });
    return true;
  }

  /**
   * The character scanner, from `from` to the end of `chunk`, or (in line mode) to just after a newline that leaves
   * it between values, where the line fast path takes over again. Returns where it stopped.
   */
  private scan(chunk: string, from: number): number {
    this.segmentStart = from;
    let index = from;
    for (; index < chunk.length; index++) {
      if (this.canSkipStringBody()) {
        // Fast path: inside a value's string only a quote, a backslash or a newline changes the state.
        STRING_SPECIAL.lastIndex = index;
        index = STRING_SPECIAL.exec(chunk)?.index ?? chunk.length;
        if (index >= chunk.length) break;
      }
      const char = chunk.charAt(index);
      this.step(chunk, index, char);
      if (char === '\n') {
        this.line++;
        if (this.atLineStart()) {
          index++;
          break;
        }
      }
    }
    if (this.capturing) this.appendPart(chunk.slice(this.segmentStart, index));
    this.segmentStart = 0;
    return Math.min(index, chunk.length);
  }

  private endScan(): JsonStreamItem[] {
    switch (this.phase) {
      case 'garbage':
        this.emit(parseValue(this.finishCapture('', 0), this.valueLine, this.maxValueLength));
        break;
      case 'lineTail':
      case 'skipLine':
        this.flushPending();
        break;
      case 'object':
        if (this.isWrapper) this.emit({ line: this.documentLine, error: 'File ends before the JSON document is closed' });
        else this.emit({ line: this.valueLine, error: 'File ends before the JSON value is complete' });
        break;
      case 'array':
        this.emit({ line: this.documentLine, error: 'File ends before the JSON array is closed' });
        break;
      case 'element':
        // A structurally complete last element still counts; only the missing `]` is reported.
        if (!this.inString && this.depth === this.containerDepth) {
          this.emit(parseValue(this.finishCapture('', 0), this.valueLine, this.maxValueLength));
          this.emit({ line: this.documentLine, error: 'File ends before the JSON array is closed' });
        } else {
          this.emit({ line: this.valueLine, error: 'File ends before the JSON value is complete' });
        }
        break;
      case 'top':
        break;
    }
    this.phase = 'top';
    this.capturing = false;
    this.parts = [];
    return this.drain();
  }

  private canSkipStringBody(): boolean {
    if (!this.inString || this.escaped) return false;
    return this.phase === 'element' || (this.phase === 'object' && this.keyState !== 'inKey');
  }

  private drain(): JsonStreamItem[] {
    const items = this.output;
    this.output = [];
    return items;
  }

  private emit(item: JsonStreamItem): void {
    this.output.push(item);
  }

  private flushPending(): void {
    if (this.pending) this.emit(this.pending);
    this.pending = null;
  }

  private step(chunk: string, index: number, char: string): void {
    switch (this.phase) {
      case 'top':
        return this.stepTop(index, char);
      case 'object':
        return this.stepObject(chunk, index, char);
      case 'array':
        return this.stepArray(chunk, index, char);
      case 'element':
        return this.stepElement(chunk, index, char);
      case 'garbage':
        if (char === '\n') {
          this.emit(parseValue(this.finishCapture(chunk, index), this.valueLine, this.maxValueLength));
          this.phase = 'top';
        }
        return;
      case 'lineTail':
        if (char === '\n') {
          this.flushPending();
          this.phase = 'top';
        } else if (!isWhitespace(char)) {
          this.pending = { line: this.valueLine, error: 'Unexpected text after the JSON value on this line' };
          this.phase = 'skipLine';
        }
        return;
      case 'skipLine':
        if (char === '\n') {
          this.flushPending();
          this.phase = 'top';
        }
        return;
    }
  }

  private stepTop(index: number, char: string): void {
    if (isWhitespace(char)) return;
    this.resetScan();
    this.documentLine = this.line;
    if (char === '{') {
      this.phase = 'object';
      this.depth = 1;
      this.keyState = 'expectKey';
      this.isWrapper = false;
      this.contentOnOpeningLine = false;
      this.startCapture(index);
    } else if (char === '[') {
      this.openContainer(1, false);
    } else {
      this.phase = 'garbage';
      this.startCapture(index);
    }
  }

  private stepObject(chunk: string, index: number, char: string): void {
    if (char === '\n') return this.newlineInObject();
    if (!this.isWrapper && this.line === this.documentLine && !isWhitespace(char)) this.contentOnOpeningLine = true;
    if (this.inString) {
      if (this.advanceString(char) && this.keyState === 'inKey') this.keyState = 'afterKey';
      else if (this.keyState === 'inKey' && this.key.length <= MAX_KEY_LENGTH) this.key += char;
      return;
    }
    if (isWhitespace(char)) return;
    if (this.depth === 1) {
      if (this.keyState === 'expectKey' && char === '"') {
        this.inString = true;
        this.keyState = 'inKey';
        this.key = '';
        return;
      }
      if (this.keyState === 'afterKey' && char === ':') {
        this.keyState = 'expectValue';
        return;
      }
      if (char === ',') {
        this.keyState = 'expectKey';
        return;
      }
      if (this.keyState === 'expectValue' && char === '[' && this.arrayKeys.has(this.key)) {
        this.capturing = false;
        this.parts = [];
        this.isWrapper = true;
        this.openContainer(2, true);
        return;
      }
      if (char !== '}') this.keyState = 'inValue';
    }
    this.advanceStructure(char);
    if (this.depth === 0) this.completeObject(chunk, index);
  }

  private newlineInObject(): void {
    // A raw newline cannot be inside a JSON string: close the string so one bad value does not swallow the file.
    this.inString = false;
    this.escaped = false;
    if (this.keyState === 'inKey') this.keyState = 'afterKey';
    if (this.isWrapper) return;
    if (this.lineMode === null) this.lineMode = this.contentOnOpeningLine;
    if (!this.lineMode) return;
    this.capturing = false;
    this.parts = [];
    this.emit({ line: this.valueLine, error: 'Line ends before its JSON value is complete' });
    this.phase = 'top';
  }

  private completeObject(chunk: string, index: number): void {
    if (this.isWrapper) {
      this.phase = 'top';
      return;
    }
    const item = parseValue(this.finishCapture(chunk, index + 1), this.valueLine, this.maxValueLength);
    // No newline was met inside the first record, so it sat on one line: the file is NDJSON.
    if (this.lineMode === null) this.lineMode = true;
    if (this.lineMode) {
      this.pending = item;
      this.phase = 'lineTail';
    } else {
      this.emit(item);
      this.phase = 'top';
    }
  }

  private openContainer(depth: number, inObject: boolean): void {
    this.phase = 'array';
    this.depth = depth;
    this.containerDepth = depth;
    this.containerInObject = inObject;
  }

  private closeContainer(): void {
    this.depth = this.containerDepth - 1;
    if (this.containerInObject) {
      this.phase = 'object';
      this.keyState = 'inValue';
    } else {
      this.phase = 'top';
    }
  }

  private stepArray(chunk: string, index: number, char: string): void {
    if (isWhitespace(char) || char === ',') return;
    if (char === ']') return this.closeContainer();
    this.phase = 'element';
    this.inString = false;
    this.escaped = false;
    this.startCapture(index);
    this.stepElement(chunk, index, char);
  }

  private stepElement(chunk: string, index: number, char: string): void {
    if (this.inString) {
      if (char === '\n') this.inString = false;
      else this.advanceString(char);
      return;
    }
    if (this.depth === this.containerDepth && (char === ',' || char === ']')) {
      this.emit(parseValue(this.finishCapture(chunk, index), this.valueLine, this.maxValueLength));
      if (char === ']') this.closeContainer();
      else this.phase = 'array';
      return;
    }
    // A stray closer at the element's own level stays in its text (and fails to parse) instead of ending the array.
    if ((char === '}' || char === ']') && this.depth === this.containerDepth) return;
    this.advanceStructure(char);
  }

  /** Returns true when `char` closes the string. */
  private advanceString(char: string): boolean {
    if (this.escaped) this.escaped = false;
    else if (char === '\\') this.escaped = true;
    else if (char === '"') {
      this.inString = false;
      return true;
    }
    return false;
  }

  private advanceStructure(char: string): void {
    if (char === '"') this.inString = true;
    else if (char === '{' || char === '[') this.depth++;
    else if (char === '}' || char === ']') this.depth--;
  }

  private resetScan(): void {
    this.depth = 0;
    this.inString = false;
    this.escaped = false;
  }

  private startCapture(index: number): void {
    this.capturing = true;
    this.parts = [];
    this.partsLength = 0;
    this.segmentStart = index;
    this.oversized = false;
    this.valueLine = this.line;
  }

  private appendPart(part: string): void {
    this.partsLength += part.length;
    if (this.partsLength > this.maxValueLength) {
      this.oversized = true;
      this.parts = [];
    } else if (!this.oversized) {
      this.parts.push(part);
    }
  }

  /** The captured text up to `endExclusive` in the current chunk, or null when it outgrew the limit. */
  private finishCapture(chunk: string, endExclusive: number): string | null {
    this.appendPart(chunk.slice(this.segmentStart, endExclusive));
    this.capturing = false;
    const text = this.oversized ? null : this.parts.join('');
    this.parts = [];
    return text;
  }
}

/** Streams the records of JSON text chunks as `{ line, value }` or `{ line, error }`; never throws on bad input. */
export async function* streamJsonValues(
  chunks: AsyncIterable<string>,
  options: JsonStreamOptions = {},
): AsyncGenerator<JsonStreamItem> {
  const splitter = new JsonValueSplitter(options);
  for await (const chunk of chunks) yield* splitter.push(chunk);
  yield* splitter.end();
}
