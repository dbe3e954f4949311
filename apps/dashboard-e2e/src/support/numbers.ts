/** Reading the en-US numbers the dashboard shows, and writing the ones it should show. */

/** `1,234` → 1234, `+1,204` → 1204, `-87` → -87, `$1,234.56` → 1234.56, `45.7%` → 45.7. */
export function parseDisplayedNumber(text: string): number {
  const cleaned = text
    .replace(/[\s,$€£%]/g, '')
    .replace(/^\+/, '')
    .replace(/^−/, '-');
  const value = Number(cleaned);
  if (cleaned === '' || !Number.isFinite(value)) throw new Error(`Not a number: "${text}"`);
  return value;
}

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });

export function formatCount(value: number): string {
  return COUNT.format(value);
}

export function formatPercent(rate: number): string {
  return PERCENT.format(rate);
}

/** Cents, half away from zero (the explorer and its CSV round money this way). */
export function cents(amount: number): number {
  return (Math.sign(amount) * Math.round(Number((Math.abs(amount) * 100).toPrecision(15)))) / 100;
}

/** `$1,234.57`: the explorer's money cells. */
export function formatUsd(amount: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', minimumFractionDigits: 2 }).format(
    cents(amount),
  );
}

/** `$1,235`: the overview's estimated value KPI (whole units). */
export function formatWholeUsd(amount: number): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(
    amount,
  );
}
