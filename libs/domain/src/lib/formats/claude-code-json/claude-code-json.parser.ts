import type { FormatParser } from '../format-parser';
import { parseJsonRecords } from '../json/json-records';
import { CLAUDE_CODE_KNOWN_FIELDS } from './claude-code-fields';
import { claudeCodeRecordToRow } from './claude-code-record';

/** A Claude Code usage record has an `actor` plus Claude-specific blocks or actor types. */
const ACTOR_KEY = /"actor"\s*:/;
const CLAUDE_MARKER = /"(?:user_actor|api_actor)"|"(?:core_metrics|model_breakdown|tool_actions)"\s*:/;

/**
 * Claude Code Analytics Admin API (`/v1/organizations/usage_report/claude_code`) pages: `{ data, has_more, next_page }`,
 * a bare array of records, or several pages back to back. One actor has one record per terminal and day, so rows of
 * the same developer-day combine with `sum`.
 */
export const claudeCodeJsonParser: FormatParser = {
  id: 'CLAUDE_CODE_JSON',
  combine: 'sum',
  canParse(sample: string): boolean {
    return ACTOR_KEY.test(sample) && CLAUDE_MARKER.test(sample);
  },
  parse(chunks, options) {
    return parseJsonRecords(chunks, options, { knownFields: CLAUDE_CODE_KNOWN_FIELDS, toRow: claudeCodeRecordToRow });
  },
};
