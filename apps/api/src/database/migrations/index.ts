import { InitialSchema1764064800000 } from './1764064800000-initial-schema';
import { UsageMetrics1764068400000 } from './1764068400000-usage-metrics';
import { AggregationSupport1764079200000 } from './1764079200000-aggregation-support';
import { ActivityRollups1764090000000 } from './1764090000000-activity-rollups';
import { DeveloperLabels1764091800000 } from './1764091800000-developer-labels';
import { BreakdownParentTriggers1764093600000 } from './1764093600000-breakdown-parent-triggers';
import { DeveloperDayRollups1764097200000 } from './1764097200000-developer-day-rollups';

/** Listed explicitly, in order: bundlers break directory globs. Append new migrations at the end. */
export const MIGRATIONS = [
  InitialSchema1764064800000,
  UsageMetrics1764068400000,
  AggregationSupport1764079200000,
  ActivityRollups1764090000000,
  DeveloperLabels1764091800000,
  BreakdownParentTriggers1764093600000,
  DeveloperDayRollups1764097200000,
];
