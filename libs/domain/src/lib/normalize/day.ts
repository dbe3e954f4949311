/** Calendar-day helpers. Days are UTC `YYYY-MM-DD` strings everywhere in devpulse. */

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
/** Date-times such as `2025-08-08T00:00:00Z` or with 7 fractional digits; the day part is taken as-is (UTC). */
const ISO_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;

export function isValidDay(year: number, month: number, day: number): boolean {
  if (year < 1970 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

export function formatDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** `YYYY-MM-DD` or an ISO date-time → `YYYY-MM-DD`, or null when it is not a real calendar day. */
export function parseIsoDay(input: unknown): string | null {
  if (typeof input !== 'string') return null;
  const text = input.trim();
  const dateTime = ISO_DATE_TIME.exec(text);
  const dayText = dateTime ? dateTime[1] : text;
  const match = ISO_DAY.exec(dayText ?? '');
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return isValidDay(year, month, day) ? formatDay(year, month, day) : null;
}

/** Today's UTC day for a given instant. */
export function utcDay(instant: Date): string {
  return instant.toISOString().slice(0, 10);
}

/** Adds whole days to a `YYYY-MM-DD` day. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return utcDay(date);
}

/** Inclusive number of days from `from` to `to` (1 when equal). */
export function daySpan(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
}
