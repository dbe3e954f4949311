import type { ParamMap, Params } from '@angular/router';
import { addDays, daySpan, METRIC_SOURCES, type MetricSource, parseIsoDay } from '@devpulse/domain';

/**
 * The filter every metrics screen shares, and its place in the URL so a view can be bookmarked and sent on.
 *
 * URL form (every key optional; an absent key means "no restriction" or the default period):
 * `?days=7` or `?from=2026-10-01&to=2026-10-28`, then repeated keys for lists:
 * `&tool=COPILOT&team=<id>&developer=<id>&ide=vscode&language=typescript&feature=code_completion&model=gpt-4.1`.
 */

export const DATE_PRESETS = [7, 28, 90] as const;
export type DatePreset = (typeof DATE_PRESETS)[number];

/** The API's own default: the 28 days ending at the organization's last day with data. */
export const DEFAULT_PRESET: DatePreset = 28;

export type FilterPeriod = { kind: 'preset'; days: DatePreset } | { kind: 'custom'; from: string; to: string };

/** Inclusive `YYYY-MM-DD` days. */
export interface DateRange {
  from: string;
  to: string;
}

export interface MetricsFilter {
  period: FilterPeriod;
  sources: readonly MetricSource[];
  teamIds: readonly string[];
  developerIds: readonly string[];
  ides: readonly string[];
  languages: readonly string[];
  features: readonly string[];
  models: readonly string[];
}

/** The list fields of the filter, each with its URL key. */
export const FILTER_LIST_KEYS = {
  sources: 'tool',
  teamIds: 'team',
  developerIds: 'developer',
  ides: 'ide',
  languages: 'language',
  features: 'feature',
  models: 'model',
} as const satisfies Record<Exclude<keyof MetricsFilter, 'period'>, string>;

export type FilterListField = keyof typeof FILTER_LIST_KEYS;

export const FILTER_LIST_FIELDS = Object.keys(FILTER_LIST_KEYS) as FilterListField[];

export const DEFAULT_FILTER: MetricsFilter = Object.freeze<MetricsFilter>({
  period: { kind: 'preset', days: DEFAULT_PRESET },
  sources: [],
  teamIds: [],
  developerIds: [],
  ides: [],
  languages: [],
  features: [],
  models: [],
});

/** The GraphQL `MetricsFilter` input as variables: empty lists are left out, since they do not restrict. */
export interface MetricsFilterInput {
  from?: string | null;
  to?: string | null;
  sources?: MetricSource[] | null;
  developerIds?: string[] | null;
  teamIds?: string[] | null;
  ides?: string[] | null;
  languages?: string[] | null;
  features?: string[] | null;
  models?: string[] | null;
}

/** Reads the filter from query parameters; anything malformed falls back to the default rather than failing. */
export function parseFilterParams(params: ParamMap): MetricsFilter {
  const sources = distinct(params.getAll(FILTER_LIST_KEYS.sources).map((value) => value.trim().toUpperCase())).filter(
    (value): value is MetricSource => (METRIC_SOURCES as readonly string[]).includes(value),
  );
  return {
    period: parsePeriod(params),
    sources,
    teamIds: listParam(params, 'teamIds'),
    developerIds: listParam(params, 'developerIds'),
    ides: listParam(params, 'ides'),
    languages: listParam(params, 'languages'),
    features: listParam(params, 'features'),
    models: listParam(params, 'models'),
  };
}

/**
 * The filter as query parameters for `router.navigate(..., { queryParams })`. Every filter key is present: a key
 * at its default is `null`, so merging with the current URL removes it and the default view has a clean URL.
 */
export function toFilterParams(filter: MetricsFilter): Params {
  const params: Params = { days: null, from: null, to: null };
  if (filter.period.kind === 'custom') {
    params['from'] = filter.period.from;
    params['to'] = filter.period.to;
  } else if (filter.period.days !== DEFAULT_PRESET) {
    params['days'] = String(filter.period.days);
  }
  for (const field of FILTER_LIST_FIELDS) {
    const values = filter[field];
    params[FILTER_LIST_KEYS[field]] = values.length > 0 ? [...values] : null;
  }
  return params;
}

/** True when no list restricts the data (the period may still differ from the default). */
export function hasDimensionFilters(filter: MetricsFilter): boolean {
  return FILTER_LIST_FIELDS.some((field) => filter[field].length > 0);
}

/** The filter with one list replaced. */
export function withList<F extends FilterListField>(
  filter: MetricsFilter,
  field: F,
  values: MetricsFilter[F],
): MetricsFilter {
  return { ...filter, [field]: values };
}

/**
 * The concrete days of a period. A preset ends at `lastDataDay` (the organization's last day with data, as the
 * API defaults), so "last 7 days" of an export uploaded last month still shows that export.
 */
export function resolvePeriod(period: FilterPeriod, lastDataDay: string): DateRange {
  if (period.kind === 'custom') return { from: period.from, to: period.to };
  return { from: addDays(lastDataDay, -(period.days - 1)), to: lastDataDay };
}

/** The equally long period that ends the day before `range` starts: what the KPI changes compare against. */
export function previousPeriod(range: DateRange): DateRange {
  const length = daySpan(range.from, range.to);
  const to = addDays(range.from, -1);
  return { from: addDays(to, -(length - 1)), to };
}

/** Number of days in the range, both ends included. */
export function periodLength(range: DateRange): number {
  return daySpan(range.from, range.to);
}

/** GraphQL variables for the filter over `range`. */
export function toMetricsFilterInput(filter: MetricsFilter, range: DateRange | null): MetricsFilterInput {
  const input: MetricsFilterInput = range === null ? {} : { from: range.from, to: range.to };
  for (const field of FILTER_LIST_FIELDS) {
    const values = filter[field];
    if (values.length > 0) Object.assign(input, { [field]: [...values] });
  }
  return input;
}

/**
 * The filter as export query parameters (`GET /export/raw.csv?...`): the GraphQL input's field names, lists as
 * repeated keys, so the server reads them exactly like the `MetricsFilter` input.
 */
export function toExportQuery(filter: MetricsFilter, range: DateRange | null): string {
  const query = new URLSearchParams();
  const input = toMetricsFilterInput(filter, range);
  if (input.from) query.append('from', input.from);
  if (input.to) query.append('to', input.to);
  for (const field of FILTER_LIST_FIELDS) {
    for (const value of input[field] ?? []) query.append(field, value);
  }
  return query.toString();
}

function parsePeriod(params: ParamMap): FilterPeriod {
  const from = validDay(params.get('from'));
  const to = validDay(params.get('to'));
  if (from !== null && to !== null && from <= to) return { kind: 'custom', from, to };
  const days = Number(params.get('days'));
  const preset = DATE_PRESETS.find((candidate) => candidate === days);
  return { kind: 'preset', days: preset ?? DEFAULT_PRESET };
}

function validDay(value: string | null): string | null {
  if (value === null) return null;
  const day = parseIsoDay(value);
  return day === value.trim() ? day : null;
}

function listParam(params: ParamMap, field: Exclude<FilterListField, 'sources'>): string[] {
  return distinct(
    params
      .getAll(FILTER_LIST_KEYS[field])
      .map((value) => value.trim())
      .filter((value) => value.length > 0),
  );
}

function distinct(values: readonly string[]): string[] {
  return [...new Set(values)];
}
