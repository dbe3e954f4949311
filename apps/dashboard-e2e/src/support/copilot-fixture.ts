import { readFileSync } from 'node:fs';
import { COPILOT_FIXTURE } from './paths';

/**
 * The expected numbers, computed here from the raw export and nothing else: no app or domain code, so the suite
 * checks the whole pipeline (parse, store, aggregate, display) against the file.
 */

export interface CopilotRecord {
  day: string;
  login: string;
  userId: number;
  interactions: number;
  generations: number;
  acceptances: number;
  linesAdded: number;
  linesDeleted: number;
  ides: Map<string, number>;
  languages: Map<string, number>;
  features: Map<string, number>;
  models: Map<string, number>;
}

export interface Totals {
  generations: number;
  acceptances: number;
  linesAdded: number;
  linesDeleted: number;
  interactions: number;
  /** Distinct developers with a prompt or a generation. */
  activeDevelopers: number;
  /** Distinct active (developer, day) pairs. */
  activeDeveloperDays: number;
}

export const FIXTURE_FILE_NAME = 'organization-users-28-day-report.day_totals.ndjson';

/** The rate charts and the efficiency matrix leave out anything below this many generations. */
export const MIN_GENERATIONS_FOR_RATE = 50;

export function readCopilotFixture(): CopilotRecord[] {
  return readFileSync(COPILOT_FIXTURE, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => toRecord(JSON.parse(line)));
}

export function totalsOf(records: readonly CopilotRecord[]): Totals {
  const active = records.filter(isActive);
  return {
    generations: sum(records, (r) => r.generations),
    acceptances: sum(records, (r) => r.acceptances),
    linesAdded: sum(records, (r) => r.linesAdded),
    linesDeleted: sum(records, (r) => r.linesDeleted),
    interactions: sum(records, (r) => r.interactions),
    activeDevelopers: new Set(active.map((r) => r.userId)).size,
    activeDeveloperDays: new Set(active.map((r) => `${r.userId}/${r.day}`)).size,
  };
}

export function isActive(record: CopilotRecord): boolean {
  return record.interactions > 0 || record.generations > 0;
}

export function daysOf(records: readonly CopilotRecord[]): { first: string; last: string } {
  const days = records.map((r) => r.day).sort();
  const first = days[0];
  const last = days.at(-1);
  if (first === undefined || last === undefined) throw new Error('The fixture has no rows');
  return { first, last };
}

export function byLogin(records: readonly CopilotRecord[]): Map<string, CopilotRecord[]> {
  const groups = new Map<string, CopilotRecord[]>();
  for (const record of records) groups.set(record.login, [...(groups.get(record.login) ?? []), record]);
  return groups;
}

/** Sums one breakdown (generations per IDE, language, feature or model) over the records. */
export function breakdown(
  records: readonly CopilotRecord[],
  pick: (record: CopilotRecord) => Map<string, number>,
): Map<string, number> {
  const result = new Map<string, number>();
  for (const record of records) {
    for (const [key, value] of pick(record)) result.set(key, (result.get(key) ?? 0) + value);
  }
  return result;
}

export function sum<T>(items: readonly T[], pick: (item: T) => number): number {
  return items.reduce((total, item) => total + pick(item), 0);
}

function toRecord(value: unknown): CopilotRecord {
  const row = asObject(value, 'row');
  return {
    day: asString(row['day'], 'day'),
    login: asString(row['user_login'], 'user_login'),
    userId: asNumber(row['user_id'], 'user_id'),
    interactions: asNumber(row['user_initiated_interaction_count'], 'user_initiated_interaction_count'),
    generations: asNumber(row['code_generation_activity_count'], 'code_generation_activity_count'),
    acceptances: asNumber(row['code_acceptance_activity_count'], 'code_acceptance_activity_count'),
    linesAdded: asNumber(row['loc_added_sum'], 'loc_added_sum'),
    linesDeleted: asNumber(row['loc_deleted_sum'], 'loc_deleted_sum'),
    ides: generationsBy(row['totals_by_ide'], 'ide'),
    languages: generationsBy(row['totals_by_language_feature'], 'language'),
    features: generationsBy(row['totals_by_feature'], 'feature'),
    models: generationsBy(row['totals_by_model_feature'], 'model'),
  };
}

function generationsBy(value: unknown, key: string): Map<string, number> {
  const result = new Map<string, number>();
  if (!Array.isArray(value)) return result;
  for (const entry of value) {
    const item = asObject(entry, key);
    const name = asString(item[key], key);
    const generations = asNumber(item['code_generation_activity_count'] ?? 0, 'code_generation_activity_count');
    result.set(name, (result.get(name) ?? 0) + generations);
  }
  return result;
}

function asObject(value: unknown, what: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw new Error(`${what} is not an object`);
  return value as Record<string, unknown>;
}

function asString(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is not a string`);
  return value;
}

function asNumber(value: unknown, what: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what} is not a number`);
  return value;
}
