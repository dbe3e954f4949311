/** The RFC 4180 state machine for one known delimiter, fed text in pieces of any size. */

export type CsvDelimiter = ',' | ';';

/** One CSV record: its fields and the 1-based physical line where it starts. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/** A record that could not be read (only an unterminated quote at the end of the file). */
export interface CsvRecordError {
  readonly line: number;
  readonly error: string;
}

export type CsvEntry = CsvRecord | CsvRecordError;

export function isCsvRecordError(entry: CsvEntry): entry is CsvRecordError {
  return 'error' in entry;
}

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

type ReaderState = 'fieldStart' | 'unquoted' | 'quoted' | 'quoteInQuoted';

/**
 * Line breaks are CRLF, LF or a lone CR, inside quotes too, so `line` matches what an editor shows.
 * Lenient where RFC 4180 is silent: a stray quote inside an unquoted field and text after a closing quote
 * are kept as-is, because rejecting them would lose rows that spreadsheets happily export.
 */
export class CsvRecordReader {
  private state: ReaderState = 'fieldStart';
  private field = '';
  private fields: string[] = [];
  private recordHasQuotes = false;
  private line = 1;
  private recordLine = 1;
  private quoteLine = 1;
  /** The previous piece ended in CR: an LF starting the next one completes the same line break. */
  private afterCr = false;
  private readonly delimiterCode: number;

  constructor(delimiter: CsvDelimiter) {
    this.delimiterCode = delimiter.charCodeAt(0);
  }

  push(text: string): CsvEntry[] {
    const out: CsvEntry[] = [];
    const length = text.length;
    let i = 0;
    while (i < length) {
      const code = text.charCodeAt(i);
      if (this.afterCr) {
        this.afterCr = false;
        if (code === LF) {
          if (this.state === 'quoted') this.field += '\n';
          i++;
          continue;
        }
      }
      switch (this.state) {
        case 'fieldStart':
          if (code === QUOTE) {
            this.state = 'quoted';
            this.recordHasQuotes = true;
            this.quoteLine = this.line;
            i++;
          } else if (code === this.delimiterCode) {
            this.endField();
            i++;
          } else if (code === CR || code === LF) {
            this.endRecord(out, code);
            i++;
          } else {
            this.state = 'unquoted';
          }
          break;
        case 'unquoted': {
          const start = i;
          while (i < length && !this.endsUnquoted(text.charCodeAt(i))) i++;
          this.field += text.slice(start, i);
          if (i < length) {
            this.endUnquoted(out, text.charCodeAt(i));
            i++;
          }
          break;
        }
        case 'quoted': {
          const start = i;
          while (i < length && !endsQuotedRun(text.charCodeAt(i))) i++;
          this.field += text.slice(start, i);
          if (i < length) {
            const special = text.charCodeAt(i);
            if (special === QUOTE) {
              this.state = 'quoteInQuoted';
            } else {
              this.field += special === CR ? '\r' : '\n';
              this.startLine(special);
            }
            i++;
          }
          break;
        }
        case 'quoteInQuoted':
          if (code === QUOTE) {
            this.field += '"';
            this.state = 'quoted';
            i++;
          } else if (this.endsUnquoted(code)) {
            this.endUnquoted(out, code);
            i++;
          } else {
            this.state = 'unquoted';
          }
          break;
      }
    }
    return out;
  }

  /** Flushes the last record; an open quote at the end of the input is the only error a reader reports. */
  finish(): CsvEntry[] {
    if (this.state === 'quoted') {
      const error = `unterminated quoted field: the quote opened on line ${this.quoteLine} is never closed`;
      const entry = { line: this.recordLine, error };
      this.resetRecord();
      return [entry];
    }
    const hasPendingRecord = this.state !== 'fieldStart' || this.fields.length > 0 || this.recordHasQuotes;
    const out: CsvEntry[] = [];
    if (hasPendingRecord) this.endRecord(out);
    return out;
  }

  private endsUnquoted(code: number): boolean {
    return code === this.delimiterCode || code === CR || code === LF;
  }

  private endUnquoted(out: CsvEntry[], code: number): void {
    if (code === this.delimiterCode) {
      this.endField();
      this.state = 'fieldStart';
    } else {
      this.endRecord(out, code);
    }
  }

  private endField(): void {
    this.fields.push(this.field);
    this.field = '';
  }

  /** Ends the record; a blank line (one unquoted whitespace-only field) is skipped, not reported. */
  private endRecord(out: CsvEntry[], lineBreak?: number): void {
    this.endField();
    const fields = this.fields;
    const isBlank = fields.length === 1 && !this.recordHasQuotes && (fields[0] ?? '').trim() === '';
    if (!isBlank) out.push({ line: this.recordLine, fields });
    if (lineBreak !== undefined) this.startLine(lineBreak);
    this.resetRecord();
  }

  private startLine(lineBreak: number): void {
    this.line++;
    this.afterCr = lineBreak === CR;
  }

  private resetRecord(): void {
    this.fields = [];
    this.field = '';
    this.recordHasQuotes = false;
    this.state = 'fieldStart';
    this.recordLine = this.line;
  }
}

function endsQuotedRun(code: number): boolean {
  return code === QUOTE || code === CR || code === LF;
}
