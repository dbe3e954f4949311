import { coerceCount, coerceOptionalCount } from '../../normalize/count';
import { parseIsoDay } from '../../normalize/day';
import { type JsonObject, isJsonObject } from './json-object';

/**
 * Reads typed fields out of one record and remembers the first problem, so a mapper can read every field in a
 * straight line and turn the record into a row error at the end instead of throwing.
 */
export class FieldReader {
  private firstProblem: string | null = null;

  get problem(): string | null {
    return this.firstProblem;
  }

  fail(message: string): void {
    this.firstProblem ??= message;
  }

  /** A whole non-negative count; absent is 0. `prefix + path` names the field in a problem (built only then). */
  count(value: unknown, path: string, prefix = ''): number {
    // The common cases, without allocating a result or a path.
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    if (value === undefined) return 0;
    const result = coerceCount(value, prefix + path);
    if (result.ok) return result.value;
    this.fail(result.message);
    return 0;
  }

  /** A non-negative amount that may be fractional (cost, credits); absent is 0. */
  amount(value: unknown, path: string): number {
    const result = coerceCount(value, path, false);
    if (result.ok) return result.value;
    this.fail(result.message);
    return 0;
  }

  /** A non-negative amount that may be fractional; absent is null (unknown), never 0. */
  optionalAmount(value: unknown, path: string): number | null {
    const result = coerceOptionalCount(value, path, false);
    if (result.ok) return result.value;
    this.fail(result.message);
    return null;
  }

  /** An optional nested object; absent (or null) is null, any other type is a problem. */
  object(value: unknown, path: string): JsonObject | null {
    if (value === undefined || value === null) return null;
    if (isJsonObject(value)) return value;
    this.fail(`${path} is not an object`);
    return null;
  }

  /** An optional array; absent (or null) is empty, any other type is a problem. */
  array(value: unknown, path: string): readonly unknown[] {
    if (value === undefined || value === null) return [];
    if (Array.isArray(value)) return value as readonly unknown[];
    this.fail(`${path} is not an array`);
    return [];
  }

  /** An optional flag: `true`/`"true"` is set; absent, null, `false`/`"false"` is not; anything else is a problem. */
  flag(value: unknown, path: string): boolean {
    if (value === true || value === 'true') return true;
    if (value === undefined || value === null || value === false || value === 'false') return false;
    this.fail(`${path} is not a boolean: ${JSON.stringify(value)}`);
    return false;
  }

  /** An optional name (string, or a number written without quotes); absent is ''. */
  name(value: unknown, path: string, prefix = ''): string {
    if (typeof value === 'string') return value;
    if (value === undefined || value === null) return '';
    if (typeof value === 'number' && Number.isFinite(value)) return String(value);
    this.fail(`${prefix}${path} is not a string: ${JSON.stringify(value)}`);
    return '';
  }

  /**
   * A required UTC day, not after `today`. `dateTimeAllowed` also takes an ISO date-time (Claude Code writes
   * `2025-08-08T00:00:00Z`); otherwise only `YYYY-MM-DD` is a day.
   */
  day(value: unknown, path: string, today: string, dateTimeAllowed: boolean): string | null {
    if (value === undefined || value === null || value === '') {
      this.fail(`missing ${path}`);
      return null;
    }
    const shapeOk = typeof value === 'string' && (dateTimeAllowed || /^\s*\d{4}-\d{2}-\d{2}\s*$/.test(value));
    const day = shapeOk ? parseIsoDay(value) : null;
    if (day === null) {
      this.fail(`${path} is not a valid ${dateTimeAllowed ? 'date' : 'YYYY-MM-DD day'}: ${JSON.stringify(value)}`);
      return null;
    }
    if (day > today) {
      this.fail(`future date: ${path} ${day} is after today (${today})`);
      return null;
    }
    return day;
  }
}
