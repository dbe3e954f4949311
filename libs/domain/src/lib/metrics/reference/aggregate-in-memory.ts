import { addDays, parseIsoDay } from '../../normalize/day';
import { acceptanceRate, gatedAcceptanceRate } from '../definitions/acceptance-rate';
import { isActiveDay } from '../definitions/active-day';
import { engagementHistogram } from '../definitions/engagement';
import { DEFAULT_VALUE_CONFIG, developerValue, type ValueConfig } from '../value/value';
import { aggregateDimension, DIMENSION_SOURCES } from './aggregate-dimensions';
import type { DayAggregate, MetricsAggregate, UserAggregate } from './metrics-aggregate';
import type { AggregateFilter, AggregatedCounters, StoredDailyRow } from './stored-daily-row';

/**
 * The client-side way: load every row, filter, add up in memory. Deliberately plain, so it can serve as the
 * oracle the SQL aggregates are tested against and as the baseline they are benchmarked against.
 */
export function aggregateInMemory(
  rows: readonly StoredDailyRow[],
  filter: AggregateFilter,
  valueConfig: ValueConfig = DEFAULT_VALUE_CONFIG,
): MetricsAggregate {
  const selected = rows.filter((row) => matchesFilter(row, filter));
  const developerDays = sumDeveloperDays(selected);

  const totals = sumCounters(developerDays);
  const active = developerDays.filter((entry) => isActiveDay(entry.counters));
  const kpis = {
    totalGenerations: totals.generations,
    totalAcceptances: totals.acceptances,
    acceptanceRate: acceptanceRate(totals.acceptances, totals.generations),
    linesAdded: totals.linesAdded,
    linesDeleted: totals.linesDeleted,
    netLines: totals.linesAdded - totals.linesDeleted,
    interactions: totals.interactions,
    activeUsers: new Set(active.map((entry) => entry.developerId)).size,
    activeDays: active.length,
    estimatedValue: developerValue(totals, valueConfig).totalValue,
  };

  const developerDaysByDay = groupBy(developerDays, (entry) => entry.day);
  const byDay: DayAggregate[] = daysBetween(filter.from, filter.to).map((day) => {
    const ofDay = developerDaysByDay.get(day) ?? [];
    const sums = sumCounters(ofDay);
    return {
      day,
      generations: sums.generations,
      acceptances: sums.acceptances,
      acceptanceRate: acceptanceRate(sums.acceptances, sums.generations),
      linesAdded: sums.linesAdded,
      linesDeleted: sums.linesDeleted,
      interactions: sums.interactions,
      activeUsers: ofDay.filter((entry) => isActiveDay(entry.counters)).length,
    };
  });

  const labels = new Map<string, string>();
  for (const row of selected) if (!labels.has(row.developerId)) labels.set(row.developerId, row.label);
  const byUser: UserAggregate[] = [...groupBy(developerDays, (entry) => entry.developerId)]
    .map(([developerId, ofUser]) => {
      const sums = sumCounters(ofUser);
      return {
        developerId,
        label: labels.get(developerId) ?? developerId,
        generations: sums.generations,
        acceptances: sums.acceptances,
        acceptanceRate: gatedAcceptanceRate(sums.acceptances, sums.generations),
        linesAdded: sums.linesAdded,
        linesDeleted: sums.linesDeleted,
        interactions: sums.interactions,
        daysActive: ofUser.filter((entry) => isActiveDay(entry.counters)).length,
      };
    })
    .sort(
      (a, b) =>
        b.generations - a.generations || compareText(a.label, b.label) || compareText(a.developerId, b.developerId),
    );

  return {
    kpis,
    byDay,
    byUser,
    engagement: engagementHistogram(byUser.map((user) => user.daysActive)),
    byIde: aggregateDimension(selected, DIMENSION_SOURCES.byIde),
    byLanguage: aggregateDimension(selected, DIMENSION_SOURCES.byLanguage),
    byFeature: aggregateDimension(selected, DIMENSION_SOURCES.byFeature),
    byModel: aggregateDimension(selected, DIMENSION_SOURCES.byModel),
  };
}

interface DeveloperDay {
  developerId: string;
  day: string;
  counters: AggregatedCounters;
}

function matchesFilter(row: StoredDailyRow, filter: AggregateFilter): boolean {
  if (row.day < filter.from || row.day > filter.to) return false;
  if (filter.sources && filter.sources.length > 0 && !filter.sources.includes(row.source)) return false;
  if (filter.developerIds && filter.developerIds.length > 0 && !filter.developerIds.includes(row.developerId)) {
    return false;
  }
  return true;
}

/** One entry per (developer, day): a developer using two tools on a day is one active developer-day, not two. */
function sumDeveloperDays(rows: readonly StoredDailyRow[]): DeveloperDay[] {
  const byKey = new Map<string, DeveloperDay>();
  for (const row of rows) {
    const key = `${row.developerId}|${row.day}`;
    const entry = byKey.get(key) ?? { developerId: row.developerId, day: row.day, counters: zeroCounters() };
    entry.counters = addCounters(entry.counters, row.counters);
    byKey.set(key, entry);
  }
  return [...byKey.values()];
}

function sumCounters(entries: readonly DeveloperDay[]): AggregatedCounters {
  return entries.reduce((sum, entry) => addCounters(sum, entry.counters), zeroCounters());
}

function zeroCounters(): AggregatedCounters {
  return { generations: 0, acceptances: 0, interactions: 0, linesAdded: 0, linesDeleted: 0 };
}

function addCounters(a: AggregatedCounters, b: AggregatedCounters): AggregatedCounters {
  return {
    generations: a.generations + b.generations,
    acceptances: a.acceptances + b.acceptances,
    interactions: a.interactions + b.interactions,
    linesAdded: a.linesAdded + b.linesAdded,
    linesDeleted: a.linesDeleted + b.linesDeleted,
  };
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group === undefined) groups.set(key, [item]);
    else group.push(item);
  }
  return groups;
}

/** Every day from `from` to `to` inclusive; empty when `from` is after `to`. */
function daysBetween(from: string, to: string): string[] {
  // A malformed bound would make the loop below run away; the API validates dates, so this is a bug guard.
  if (parseIsoDay(from) !== from || parseIsoDay(to) !== to) throw new Error(`invalid day range ${from}..${to}`);
  const days: string[] = [];
  for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  return days;
}

function compareText(a: string, b: string): number {
  if (a === b) return 0;
  return a < b ? -1 : 1;
}
