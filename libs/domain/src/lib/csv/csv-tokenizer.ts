import { CsvDelimiterSniffer } from './csv-delimiter-sniffer';
import { type CsvDelimiter, type CsvEntry, CsvRecordReader } from './csv-record-reader';

export interface CsvTokenizeOptions {
  /** Skips detection; otherwise the header record decides between `,` and `;`. */
  delimiter?: CsvDelimiter;
}

/**
 * Streaming CSV tokenizer: strips a leading UTF-8 BOM, settles the delimiter once the header record is
 * complete (holding back only the chunks seen until then), then hands every chunk to one record reader.
 */
export class CsvTokenizer {
  private bomChecked = false;
  private reader: CsvRecordReader | undefined;
  private readonly sniffer = new CsvDelimiterSniffer();
  private heldBack: string[] = [];

  constructor(options: CsvTokenizeOptions = {}) {
    if (options.delimiter) this.reader = new CsvRecordReader(options.delimiter);
  }

  push(chunk: string): CsvEntry[] {
    const text = this.stripBom(chunk);
    if (this.reader) return this.reader.push(text);
    this.heldBack.push(text);
    return this.sniffer.scan(text) ? this.startReader().entries : [];
  }

  finish(): CsvEntry[] {
    if (this.reader) return this.reader.finish();
    // The input ended inside or right after the header: settle on what the sniffer has seen.
    const { reader, entries } = this.startReader();
    appendAll(entries, reader.finish());
    return entries;
  }

  private startReader(): { reader: CsvRecordReader; entries: CsvEntry[] } {
    const reader = new CsvRecordReader(this.sniffer.delimiter);
    this.reader = reader;
    const entries: CsvEntry[] = [];
    for (const text of this.heldBack) appendAll(entries, reader.push(text));
    this.heldBack = [];
    return { reader, entries };
  }

  private stripBom(chunk: string): string {
    if (this.bomChecked || chunk === '') return chunk;
    this.bomChecked = true;
    return chunk.charCodeAt(0) === 0xfeff ? chunk.slice(1) : chunk;
  }
}

/** Tokenizes a stream of text chunks (split anywhere) into records without ever joining the whole text. */
export async function* tokenizeCsv(
  chunks: AsyncIterable<string>,
  options: CsvTokenizeOptions = {},
): AsyncGenerator<CsvEntry, void, undefined> {
  const tokenizer = new CsvTokenizer(options);
  for await (const chunk of chunks) yield* tokenizer.push(chunk);
  yield* tokenizer.finish();
}

/** Tokenizes text already in memory, e.g. the sample given to `canParse`. */
export function tokenizeCsvText(text: string, options: CsvTokenizeOptions = {}): CsvEntry[] {
  const tokenizer = new CsvTokenizer(options);
  const entries = tokenizer.push(text);
  appendAll(entries, tokenizer.finish());
  return entries;
}

/** `push(...items)` overflows the call stack on very large arrays; a loop does not. */
function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
