import { DEFAULT_INSIGHT_THRESHOLDS, type InsightThresholds } from '@devpulse/domain';

/**
 * Insight thresholds from `organizations.settings.insightThresholds`: each key present with a non-negative
 * finite number overrides its default; absent or unusable keys keep the default, so a bad setting cannot
 * switch insights off.
 */
export function insightThresholdsFrom(settings: Record<string, unknown> | null | undefined): InsightThresholds {
  const overrides = settings?.['insightThresholds'];
  const thresholds: InsightThresholds = { ...DEFAULT_INSIGHT_THRESHOLDS };
  if (typeof overrides !== 'object' || overrides === null) return thresholds;
  for (const key of Object.keys(DEFAULT_INSIGHT_THRESHOLDS) as (keyof InsightThresholds)[]) {
    const value: unknown = (overrides as Record<string, unknown>)[key];
    if (typeof value === 'number' && Number.isFinite(value) && value >= 0) thresholds[key] = value;
  }
  return thresholds;
}
