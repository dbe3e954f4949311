import {
  addDays,
  daySpan,
  METRIC_SOURCES,
  parseIsoDay,
  type InsightThresholds,
  type MetricSource,
} from '@devpulse/domain';
import type { DataSource } from 'typeorm';
import { badUserInput } from '../../graphql/errors';
import { insightThresholdsFrom } from '../insights/insight-thresholds';
import type { ResolvedFilter } from './resolved-filter';

/** The default period: the 28 days ending at the organization's last day with data. */
export const DEFAULT_PERIOD_DAYS = 28;
/** Ten years: a longer period is a typo, and would make the zero-filled series needlessly large. */
export const MAX_PERIOD_DAYS = 3_660;
const MAX_LIST_LENGTH = 1_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A filter as a client sends it (GraphQL input or export query parameters). */
export interface FilterRequest {
  from?: string | null;
  to?: string | null;
  sources?: readonly string[] | null;
  developerIds?: readonly string[] | null;
  teamIds?: readonly string[] | null;
  ides?: readonly string[] | null;
  languages?: readonly string[] | null;
  features?: readonly string[] | null;
  models?: readonly string[] | null;
}

/** Applies defaults and validates; throws BAD_USER_INPUT on anything a client got wrong. */
export async function resolveFilter(
  dataSource: DataSource,
  organizationId: string,
  request: FilterRequest | null | undefined,
  lookupState: (organizationId: string) => Promise<DataState> = (id) => queryDataState(dataSource, id),
): Promise<ResolvedFilter> {
  const from = optionalDay('from', request?.from);
  const requestedTo = optionalDay('to', request?.to);
  const state = await lookupState(organizationId);
  const to = requestedTo ?? laterOf(state.lastDay, from);
  const start = from ?? addDays(to, -(DEFAULT_PERIOD_DAYS - 1));
  if (start > to) throw badUserInput(`The period is empty: from (${start}) is after to (${to}).`, { field: 'from' });
  const days = daySpan(start, to);
  if (days > MAX_PERIOD_DAYS) throw badUserInput(`A period has at most ${MAX_PERIOD_DAYS} days; this one has ${days}.`);
  return {
    organizationId,
    from: start,
    to,
    days,
    sources: sourceList(request?.sources),
    developerIds: uuidList('developerIds', request?.developerIds),
    teamIds: uuidList('teamIds', request?.teamIds),
    ides: keyList('ides', request?.ides),
    languages: keyList('languages', request?.languages),
    features: keyList('features', request?.features),
    models: keyList('models', request?.models),
    dataVersion: state.version,
    rollupsPending: state.rollupsPending,
    insightThresholds: state.insightThresholds,
  };
}

/**
 * In one round trip: the latest stored day of the organization (today, UTC, when it has no data yet), its data
 * version (bumped by triggers on every write to the usage tables), whether writes wait for the activity rollups,
 * and its insight thresholds (settings change without a data version bump, so they are read with it every time).
 */
export interface DataState {
  readonly lastDay: string;
  readonly version: string;
  readonly rollupsPending: boolean;
  readonly insightThresholds: InsightThresholds;
}

export async function queryDataState(dataSource: DataSource, organizationId: string): Promise<DataState> {
  const rows: {
    last_day: string | null;
    version: string | null;
    rollups_pending: boolean;
    settings: Record<string, unknown> | null;
  }[] = await dataSource.query(
    `SELECT (SELECT max(day)::text FROM daily_developer_metrics WHERE organization_id = $1) AS last_day,
              (SELECT version::text FROM metric_data_versions WHERE organization_id = $1) AS version,
              EXISTS (SELECT 1 FROM rollup_queue WHERE organization_id = $1) AS rollups_pending,
              (SELECT settings FROM organizations WHERE id = $1) AS settings`,
    [organizationId],
  );
  return {
    lastDay: rows[0]?.last_day ?? new Date().toISOString().slice(0, 10),
    version: rows[0]?.version ?? '0',
    rollupsPending: rows[0]?.rollups_pending ?? false,
    insightThresholds: insightThresholdsFrom(rows[0]?.settings),
  };
}

function laterOf(day: string, other: string | null): string {
  return other !== null && other > day ? other : day;
}

function optionalDay(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined || value === '') return null;
  const day = parseIsoDay(value);
  if (day === null || day !== value.trim()) throw badUserInput(`${field} must be a day as YYYY-MM-DD.`, { field });
  return day;
}

function checkedList(field: string, values: readonly string[] | null | undefined): string[] {
  if (!values) return [];
  if (values.length > MAX_LIST_LENGTH)
    throw badUserInput(`${field} has more than ${MAX_LIST_LENGTH} values.`, { field });
  return [...new Set(values.map((value) => value.trim()).filter((value) => value.length > 0))];
}

function sourceList(values: readonly string[] | null | undefined): MetricSource[] {
  const list = checkedList('sources', values).map((value) => value.toUpperCase());
  const unknown = list.filter((value) => !(METRIC_SOURCES as readonly string[]).includes(value));
  if (unknown.length > 0) {
    throw badUserInput(`Unknown source ${unknown.join(', ')}; use ${METRIC_SOURCES.join(', ')}.`, { field: 'sources' });
  }
  return list as MetricSource[];
}

function uuidList(field: string, values: readonly string[] | null | undefined): string[] {
  const list = checkedList(field, values);
  const malformed = list.filter((value) => !UUID.test(value));
  if (malformed.length > 0) throw badUserInput(`${field} must be ids; not an id: ${malformed.join(', ')}.`, { field });
  return list.map((value) => value.toLowerCase());
}

/** Stored breakdown keys are normalized to lower case, so filter values are too. */
function keyList(field: string, values: readonly string[] | null | undefined): string[] {
  return [...new Set(checkedList(field, values).map((value) => value.toLowerCase()))];
}
