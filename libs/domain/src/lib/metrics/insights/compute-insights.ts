import { highAcceptanceInsight } from './high-acceptance.insight';
import {
  DEFAULT_INSIGHT_THRESHOLDS,
  type Insight,
  type InsightInput,
  type InsightRule,
  type InsightThresholds,
} from './insight';
import { powerUsersInsight } from './power-users.insight';
import { quotaExceededInsight } from './quota-exceeded.insight';
import { topLinesAddedInsight } from './top-lines-added.insight';
import { trendInsight } from './trend.insight';
import { zeroAcceptanceInsight } from './zero-acceptance.insight';

/** Rules in display order: people first, then the period as a whole. */
const RULES: readonly InsightRule[] = [
  powerUsersInsight,
  highAcceptanceInsight,
  topLinesAddedInsight,
  quotaExceededInsight,
  trendInsight,
  zeroAcceptanceInsight,
];

/** Every insight the data has something to say about, in a fixed order. */
export function computeInsights(
  input: InsightInput,
  thresholds: InsightThresholds = DEFAULT_INSIGHT_THRESHOLDS,
): Insight[] {
  return RULES.flatMap((rule) => rule(input, thresholds) ?? []);
}
