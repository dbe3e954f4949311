/** Display formatting shared by every insight, fixed to en-US so the API returns the same text everywhere. */

const COUNT = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const PERCENT = new Intl.NumberFormat('en-US', { style: 'percent', maximumFractionDigits: 1 });
const SIGNED_PERCENT = new Intl.NumberFormat('en-US', {
  style: 'percent',
  maximumFractionDigits: 1,
  signDisplay: 'exceptZero',
});

/** `1234` → `1,234` */
export function formatCount(value: number): string {
  return COUNT.format(value);
}

/** `1234, 'generation'` → `1,234 generations`; `1` → `1 generation`. */
export function formatQuantity(value: number, noun: string): string {
  return `${formatCount(value)} ${value === 1 ? noun : `${noun}s`}`;
}

/** A fraction as a percentage with at most one decimal: `0.825` → `82.5%`, `0.7` → `70%`. */
export function formatPercent(fraction: number): string {
  return PERCENT.format(fraction);
}

/** A change as a signed percentage: `0.234` → `+23.4%`, `-0.05` → `-5%`, `0` → `0%`. */
export function formatChange(fraction: number): string {
  return SIGNED_PERCENT.format(fraction);
}
