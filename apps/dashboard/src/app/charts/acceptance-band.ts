import { DEFAULT_INSIGHT_THRESHOLDS, MIN_GENERATIONS_FOR_RATE } from '@devpulse/domain';
import type { ChartPalette } from './chart-theme';

/**
 * Colour bands for acceptance rates, shared by the developer and dimension charts. "High" is the insight's
 * high-acceptance threshold, so a green bar and the HIGH_ACCEPTANCE insight always agree.
 */
export type AcceptanceBand = 'high' | 'medium' | 'low' | 'notShown';

/** At or above: green. */
export const HIGH_ACCEPTANCE_RATE = DEFAULT_INSIGHT_THRESHOLDS.highAcceptanceRate;
/** Below: amber. Between the two (this one included): indigo. */
export const LOW_ACCEPTANCE_RATE = 0.2;

export const ACCEPTANCE_BANDS: readonly AcceptanceBand[] = ['high', 'medium', 'low', 'notShown'];

export function acceptanceBand(rate: number | null): AcceptanceBand {
  if (rate === null) return 'notShown';
  if (rate >= HIGH_ACCEPTANCE_RATE) return 'high';
  if (rate >= LOW_ACCEPTANCE_RATE) return 'medium';
  return 'low';
}

export function acceptanceBandColor(band: AcceptanceBand, palette: ChartPalette): string {
  switch (band) {
    case 'high':
      return palette.green;
    case 'medium':
      return palette.indigo;
    case 'low':
      return palette.amber;
    case 'notShown':
      return palette.neutral;
  }
}

export const ACCEPTANCE_BAND_LABELS: Readonly<Record<AcceptanceBand, string>> = {
  high: `Accepted ≥ ${HIGH_ACCEPTANCE_RATE * 100}%`,
  medium: `${LOW_ACCEPTANCE_RATE * 100}–${HIGH_ACCEPTANCE_RATE * 100}%`,
  low: `< ${LOW_ACCEPTANCE_RATE * 100}%`,
  notShown: `Rate not shown (< ${MIN_GENERATIONS_FOR_RATE} generations)`,
};
