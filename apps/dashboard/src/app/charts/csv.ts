/** CSV for chart downloads: RFC 4180 quoting, CRLF rows, and spreadsheet formula injection neutralized. */

export type CsvCell = string | number | null;

export interface CsvTable {
  header: readonly string[];
  rows: readonly (readonly CsvCell[])[];
}

// A spreadsheet evaluates text starting with these as a formula (OWASP CSV injection).
const FORMULA_TRIGGERS = new Set(['=', '+', '-', '@', '\t', '\r']);

/** Text that a spreadsheet would run as a formula gets a leading `'`; numbers are left as numbers, `-5` included. */
export function neutralizeCell(value: string): string {
  return value.length > 0 && FORMULA_TRIGGERS.has(value.charAt(0)) ? `'${value}` : value;
}

/** One cell: `null` is empty; a non-finite number is empty; text is neutralized, then quoted when it needs it. */
export function formatCsvCell(cell: CsvCell): string {
  if (cell === null) return '';
  if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
  const text = neutralizeCell(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The whole table as CSV text, header first, rows separated by CRLF. */
export function toCsv(table: CsvTable): string {
  return [table.header, ...table.rows].map((row) => row.map(formatCsvCell).join(',')).join('\r\n') + '\r\n';
}

/** A file name safe on every OS: letters, digits, dot, dash and underscore only. */
export function safeFileName(name: string): string {
  const cleaned = name
    .trim()
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '');
  return cleaned.length > 0 ? cleaned : 'chart';
}

/** Saves the table as `<fileName>.csv`; the BOM makes Excel read UTF-8 names correctly. */
export function downloadCsv(table: CsvTable, fileName: string, doc: Document = document): void {
  const blob = new Blob(['\uFEFF', toCsv(table)], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  downloadUrl(url, `${safeFileName(fileName)}.csv`, doc);
  // Revoking in the same task can cancel the download in Firefox.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Starts a download of `url` (an object URL or a data URL) under `fileName`. */
export function downloadUrl(url: string, fileName: string, doc: Document = document): void {
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
}
