import type { FormatParser } from '../format-parser';
import { parseJsonRecords } from '../json/json-records';
import { COPILOT_KNOWN_FIELDS } from './copilot-fields';
import { copilotRecordToRow } from './copilot-record';

/** A Copilot user record names its user and carries a day or activity counters (aggregate reports do not). */
const USER_KEY = /"user_(?:id|login)"\s*:/;
const ACTIVITY_KEY =
  /"(?:day|code_generation_activity_count|code_acceptance_activity_count|user_initiated_interaction_count|totals_by_ide|totals_by_feature)"\s*:/;

/**
 * GitHub Copilot usage metrics user reports (`users-1-day`, `users-28-day`): NDJSON as downloaded, or a JSON array,
 * or `{ day_totals: [...] }` as some tools re-wrap it. One record is one developer-day; overlapping 28-day windows
 * repeat days, so rows of the same developer-day combine with `max`.
 */
export const copilotNdjsonParser: FormatParser = {
  id: 'COPILOT_NDJSON',
  combine: 'max',
  canParse(sample: string): boolean {
    return USER_KEY.test(sample) && ACTIVITY_KEY.test(sample);
  },
  parse(chunks, options) {
    return parseJsonRecords(chunks, options, { knownFields: COPILOT_KNOWN_FIELDS, toRow: copilotRecordToRow });
  },
};
