/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"), plus tab and CR. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as it goes into a CSV: strings that a spreadsheet would run as a formula get a leading `'`; numbers
 * are written as numbers (a negative net lines value is data, not a formula); null becomes an empty cell.
 */
export function csvCell(value: string | number | null): string | number {
  if (value === null) return '';
  if (typeof value === 'number') return value;
  return FORMULA_START.test(value) ? `'${value}` : value;
}
