import { DEFAULT_INSIGHT_THRESHOLDS, type InsightThresholds } from '@devpulse/domain';

/** Thresholds that count people or days: a fraction there (2.5 developers) has no meaning. */
const WHOLE_NUMBER_KEYS: ReadonlySet<keyof InsightThresholds> = new Set([
  'powerUserMax',
  'highAcceptanceMax',
  'topLinesMax',
  'quotaMax',
  'trendMinDays',
]);

/**
 * Insight thresholds from `organizations.settings.insightThresholds`: each key present with a non-negative
 * finite number (a whole number for counts) overrides its default; absent or unusable keys keep the default, so a
 * bad setting cannot switch insights off.
 */
export function insightThresholdsFrom(settings: Record<string, unknown> | null | undefined): InsightThresholds {
  const overrides = settings?.['insightThresholds'];
  const thresholds: InsightThresholds = { ...DEFAULT_INSIGHT_THRESHOLDS };
  if (typeof overrides !== 'object' || overrides === null) return thresholds;
  for (const key of Object.keys(DEFAULT_INSIGHT_THRESHOLDS) as (keyof InsightThresholds)[]) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (usable(key, value)) thresholds[key] = value;
  }
  return thresholds;
}

function usable(key: keyof InsightThresholds, value: unknown): value is number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) return false;
  return !WHOLE_NUMBER_KEYS.has(key) || Number.isInteger(value);
}
