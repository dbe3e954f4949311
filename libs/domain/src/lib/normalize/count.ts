/** Coercion of counters read from files. A bad value is a row error, never a silent 0. */

export type CountResult = { ok: true; value: number } | { ok: false; message: string };

/**
 * Absent (`undefined`/`null`/empty string) → 0; a non-negative finite number or numeric string → that number;
 * anything else → an error naming the field. `integer` rejects fractions (counts); cost or credits allow them.
 */
export function coerceCount(input: unknown, field: string, integer = true): CountResult {
  if (input === undefined || input === null || input === '') return { ok: true, value: 0 };
  let value: number;
  if (typeof input === 'number') value = input;
  else if (typeof input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(input)) value = Number(input);
  else return { ok: false, message: `${field} is not a number: ${JSON.stringify(input)}` };
  if (!Number.isFinite(value)) return { ok: false, message: `${field} is not a finite number` };
  if (value < 0) return { ok: false, message: `${field} is negative: ${value}` };
  if (integer && !Number.isInteger(value)) return { ok: false, message: `${field} is not a whole number: ${value}` };
  return { ok: true, value };
}

/** Like `coerceCount` but absent stays `null` (unknown), e.g. `ai_credits_used`, `active_time_minutes`. */
export function coerceOptionalCount(input: unknown, field: string, integer = true): CountResult | { ok: true; value: null } {
  if (input === undefined || input === null || input === '') return { ok: true, value: null };
  return coerceCount(input, field, integer);
}
