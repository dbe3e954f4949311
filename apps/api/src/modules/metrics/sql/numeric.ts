/**
 * PostgreSQL returns bigint and numeric as strings (they may not fit a JS number); aggregates are parsed here,
 * at the boundary between SQL rows and typed DTOs. Sums of integer counters stay far below 2^53.
 */
export function toNumber(value: string | number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const parsed = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(parsed)) throw new Error(`not a number from SQL: ${String(value)}`);
  return parsed;
}

/** Days come back as `date::text`, i.e. `YYYY-MM-DD`. */
export function toDay(value: string | Date): string {
  return typeof value === 'string' ? value.slice(0, 10) : value.toISOString().slice(0, 10);
}
