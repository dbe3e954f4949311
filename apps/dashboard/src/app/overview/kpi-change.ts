import { formatChange } from '@devpulse/domain';

/**
 * How a KPI moved against the equally long period before. Counts change relatively (+12.5%); a rate changes in
 * percentage points (+3.2 pts), since "the rate went up 10%" is ambiguous for a number that is itself a percentage.
 */
export type KpiChange =
  /** Nothing to compare: a rate is empty in one of the periods. */
  | { kind: 'none'; text: string }
  /** The previous period had none of it and this one has some. */
  | { kind: 'new'; text: string }
  | { kind: 'same'; text: string }
  | { kind: 'up' | 'down'; text: string; amount: number };

export type KpiScale = 'relative' | 'points';

const POINTS = new Intl.NumberFormat('en-US', { maximumFractionDigits: 1, signDisplay: 'exceptZero' });

export function kpiChange(current: number | null, previous: number | null, scale: KpiScale): KpiChange {
  if (current === null || previous === null) return { kind: 'none', text: 'No rate to compare' };
  if (current === previous) return { kind: 'same', text: 'No change' };
  if (scale === 'points') {
    const points = (current - previous) * 100;
    return { kind: points > 0 ? 'up' : 'down', amount: points, text: `${POINTS.format(points)} pts` };
  }
  if (previous === 0) return { kind: 'new', text: 'New: none before' };
  // Net lines can be negative: measure the change against the size of the previous value.
  const relative = (current - previous) / Math.abs(previous);
  return { kind: relative > 0 ? 'up' : 'down', amount: relative, text: formatChange(relative) };
}
