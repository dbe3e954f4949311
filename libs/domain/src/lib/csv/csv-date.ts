import { formatDay, isValidDay, parseIsoDay } from '../normalize/day';

export type CsvDateResult = { ok: true; day: string } | { ok: false; message: string };

const ISO_SHAPE = /^\d{4}-\d{2}-\d{2}(T.*)?$/;
const YEAR_FIRST_SLASH = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/;
const US_SLASH = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const DAY_FIRST_DOT = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Reads the date cell of a generic CSV into a `YYYY-MM-DD` day. Accepted shapes:
 * - `YYYY-MM-DD` and ISO date-times (the day part is taken as written, like every other format);
 * - `YYYY/MM/DD`;
 * - `MM/DD/YYYY`: slash dates are US month/day. A first part above 12 is rejected as "ambiguous or invalid"
 *   rather than silently read as day/month: a file mixing both orders would otherwise import wrong days;
 * - `DD.MM.YYYY`: dot dates are European day.month.
 * Impossible calendar days (`2025-02-30`) are errors, never rolled over.
 */
export function parseCsvDate(text: string): CsvDateResult {
  const value = text.trim();
  if (value === '') return { ok: false, message: 'date is empty' };

  if (ISO_SHAPE.test(value)) {
    const day = parseIsoDay(value);
    if (day !== null) return { ok: true, day };
    return value.length > 10 ? { ok: false, message: `invalid ISO date-time "${value}"` } : invalidDay(value);
  }
  const yearFirst = YEAR_FIRST_SLASH.exec(value);
  if (yearFirst) return calendarDay(value, yearFirst[1], yearFirst[2], yearFirst[3]);

  const us = US_SLASH.exec(value);
  if (us) {
    if (Number(us[1]) > 12) {
      return { ok: false, message: `ambiguous or invalid date "${value}": slash dates are read as US MM/DD/YYYY` };
    }
    return calendarDay(value, us[3], us[1], us[2]);
  }
  const dotted = DAY_FIRST_DOT.exec(value);
  if (dotted) return calendarDay(value, dotted[3], dotted[2], dotted[1]);

  return {
    ok: false,
    message: `unrecognized date "${value}": expected YYYY-MM-DD, YYYY/MM/DD, MM/DD/YYYY or DD.MM.YYYY`,
  };
}

function calendarDay(
  value: string,
  yearText: string | undefined,
  monthText: string | undefined,
  dayText: string | undefined,
): CsvDateResult {
  const [year, month, day] = [Number(yearText), Number(monthText), Number(dayText)];
  return isValidDay(year, month, day) ? { ok: true, day: formatDay(year, month, day) } : invalidDay(value);
}

function invalidDay(value: string): CsvDateResult {
  return { ok: false, message: `invalid calendar day "${value}"` };
}
