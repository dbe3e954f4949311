// Public surface of lib/metrics: metric definitions, the merge rule, value, insights, the reference aggregator.
export * from './definitions/acceptance-rate';
export * from './definitions/active-day';
export * from './definitions/engagement';
export * from './definitions/feature-labels';
export * from './definitions/ide-labels';
export * from './definitions/label-fallback';
export * from './definitions/metric-definitions';
export * from './merge/usage-row-key';
export * from './merge/combine-usage';
export * from './merge/merge-usage';
export * from './value/value';
export * from './insights/insight';
export * from './insights/insight-format';
export * from './insights/compute-insights';
export * from './reference/stored-daily-row';
export * from './reference/metrics-aggregate';
export * from './reference/aggregate-in-memory';
