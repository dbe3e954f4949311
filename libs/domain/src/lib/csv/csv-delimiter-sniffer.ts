import type { CsvDelimiter } from './csv-record-reader';

/**
 * Picks the delimiter from the header record: whichever of `,` and `;` occurs more often outside quotes
 * splits the header into more columns; a tie (e.g. a one-column header) means `,`, the RFC 4180 default.
 * Quotes simply toggle here, which is exact for any well-formed header whatever its delimiter, so a `;`
 * inside `"a;b"` never votes. Fed incrementally, so detection never rescans or joins the text.
 */
export class CsvDelimiterSniffer {
  private inQuotes = false;
  private commas = 0;
  private semicolons = 0;
  private lineHasContent = false;
  private done = false;

  /** Scans the next piece of text; true once the header record has ended (blank lines before it are skipped). */
  scan(text: string): boolean {
    for (let i = 0; i < text.length && !this.done; i++) {
      const char = text.charAt(i);
      if (char === '"') {
        this.inQuotes = !this.inQuotes;
        this.lineHasContent = true;
      } else if (this.inQuotes) {
        continue;
      } else if (char === ',') {
        this.commas++;
        this.lineHasContent = true;
      } else if (char === ';') {
        this.semicolons++;
        this.lineHasContent = true;
      } else if (char === '\r' || char === '\n') {
        this.done = this.lineHasContent;
      } else if (char.trim() !== '') {
        this.lineHasContent = true;
      }
    }
    return this.done;
  }

  get delimiter(): CsvDelimiter {
    return this.semicolons > this.commas ? ';' : ',';
  }
}
