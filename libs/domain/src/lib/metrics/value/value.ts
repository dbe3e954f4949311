/**
 * Estimated value of AI-written code: hours = lines ÷ linesPerHour, value = hours × ratePerHour.
 * Results keep full precision so sums of values equal the value of sums; round only for display (`roundMoney`).
 */

export interface ValueConfig {
  /** Lines a developer would write by hand in an hour. */
  readonly linesPerHour: number;
  /** Loaded cost of one developer hour, in `currency`. */
  readonly ratePerHour: number;
  /** ISO 4217 code, e.g. `USD`. */
  readonly currency: string;
}

export const DEFAULT_VALUE_CONFIG: ValueConfig = Object.freeze({ linesPerHour: 30, ratePerHour: 90, currency: 'USD' });

/** What a client may send: any field missing or null falls back to the default. */
export interface ValueConfigInput {
  readonly linesPerHour?: number | null;
  readonly ratePerHour?: number | null;
  readonly currency?: string | null;
}

export interface ValueConfigError {
  field: keyof ValueConfig;
  message: string;
}

export type ValueConfigResult = { ok: true; config: ValueConfig } | { ok: false; errors: ValueConfigError[] };

const CURRENCY_CODE = /^[A-Z]{3}$/;

function isPositiveFinite(value: number): boolean {
  return Number.isFinite(value) && value > 0;
}

/** Fills defaults and checks the rest: both numbers positive and finite, currency three upper-case letters. */
export function validateValueConfig(input: ValueConfigInput | null | undefined): ValueConfigResult {
  const config: ValueConfig = {
    linesPerHour: input?.linesPerHour ?? DEFAULT_VALUE_CONFIG.linesPerHour,
    ratePerHour: input?.ratePerHour ?? DEFAULT_VALUE_CONFIG.ratePerHour,
    currency: input?.currency ?? DEFAULT_VALUE_CONFIG.currency,
  };
  const errors: ValueConfigError[] = [];
  if (!isPositiveFinite(config.linesPerHour)) {
    errors.push({ field: 'linesPerHour', message: 'linesPerHour must be a positive finite number' });
  }
  if (!isPositiveFinite(config.ratePerHour)) {
    errors.push({ field: 'ratePerHour', message: 'ratePerHour must be a positive finite number' });
  }
  if (!CURRENCY_CODE.test(config.currency)) {
    errors.push({ field: 'currency', message: 'currency must be three upper-case letters (ISO 4217), e.g. USD' });
  }
  return errors.length === 0 ? { ok: true, config } : { ok: false, errors };
}

/** Hours a developer would have needed to write `lines` by hand. */
export function hoursOf(lines: number, config: ValueConfig = DEFAULT_VALUE_CONFIG): number {
  return lines / config.linesPerHour;
}

/** Value of `lines` = lines ÷ linesPerHour × ratePerHour. */
export function valueOf(lines: number, config: ValueConfig = DEFAULT_VALUE_CONFIG): number {
  // Multiply before dividing: whole-number inputs then stay exact (21 × 90 ÷ 30 = 63, not 62.99999999999999).
  return (lines * config.ratePerHour) / config.linesPerHour;
}

export interface DeveloperValue {
  hoursAdded: number;
  hoursDeleted: number;
  valueAdded: number;
  valueDeleted: number;
  /** valueAdded + valueDeleted: deleting code is work too. */
  totalValue: number;
}

export function developerValue(
  lines: { readonly linesAdded: number; readonly linesDeleted: number },
  config: ValueConfig = DEFAULT_VALUE_CONFIG,
): DeveloperValue {
  const valueAdded = valueOf(lines.linesAdded, config);
  const valueDeleted = valueOf(lines.linesDeleted, config);
  return {
    hoursAdded: hoursOf(lines.linesAdded, config),
    hoursDeleted: hoursOf(lines.linesDeleted, config),
    valueAdded,
    valueDeleted,
    totalValue: valueAdded + valueDeleted,
  };
}

/** Rounds to cents, half away from zero, without the binary error of `Math.round(x * 100) / 100` (1.005 → 1.01). */
export function roundMoney(amount: number): number {
  if (!Number.isFinite(amount)) return amount;
  // 1.005 * 100 is 100.49999999999999 in binary; 15 significant digits drop that noise before rounding.
  const cents = Math.round(Number((Math.abs(amount) * 100).toPrecision(15)));
  return cents === 0 ? 0 : (Math.sign(amount) * cents) / 100;
}
