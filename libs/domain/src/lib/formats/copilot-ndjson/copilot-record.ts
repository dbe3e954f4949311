import { normalizeLogin } from '../../normalize/identity';
import type { ParseOptions } from '../format-parser';
import { FieldReader } from '../json/field-reader';
import type { JsonObject } from '../json/json-object';
import type { RecordResult } from '../json/json-records';
import {
  type IdentityRef,
  type PersonRef,
  type UsageCounters,
  type UsageFlags,
  FLAG_FIELDS,
  emptyCounters,
  emptyFlags,
} from '../../usage/usage-row';
import { readActivityCounters, readCopilotBreakdowns } from './copilot-breakdowns';
import { COPILOT_FLAG_FIELDS } from './copilot-fields';

/** `user_id` is the stable key (logins can be renamed), so it comes first; the login is the fallback. */
function readPerson(record: JsonObject, reader: FieldReader): PersonRef | null {
  const identities: IdentityRef[] = [];
  const userId = reader.name(record['user_id'], 'user_id').trim();
  if (userId !== '') identities.push({ kind: 'github_user_id', value: userId });
  const login = reader.name(record['user_login'], 'user_login').trim();
  if (login !== '') identities.push({ kind: 'github_login', value: normalizeLogin(login) });
  if (identities.length === 0) {
    reader.fail('missing person: the record has neither user_id nor user_login');
    return null;
  }
  return { identities, displayName: login === '' ? null : login, isService: false };
}

function readCounters(record: JsonObject, reader: FieldReader): UsageCounters {
  const cli = reader.object(record['totals_by_cli'], 'totals_by_cli');
  const tokens = cli ? reader.object(cli['token_usage'], 'totals_by_cli.token_usage') : null;
  return {
    ...emptyCounters(),
    ...readActivityCounters(record, reader, ''),
    sessions: reader.count(cli?.['session_count'], 'totals_by_cli.session_count'),
    tokensInput: reader.count(tokens?.['prompt_tokens_sum'], 'totals_by_cli.token_usage.prompt_tokens_sum'),
    tokensOutput: reader.count(tokens?.['output_tokens_sum'], 'totals_by_cli.token_usage.output_tokens_sum'),
    aiCredits: reader.optionalAmount(record['ai_credits_used'], 'ai_credits_used'),
    activeMinutes: reader.optionalAmount(record['active_time_minutes'], 'active_time_minutes'),
  };
}

function readFlags(record: JsonObject, reader: FieldReader): UsageFlags {
  const flags = emptyFlags();
  for (const flag of FLAG_FIELDS) {
    // Read every alias (no short-circuit) so a malformed one is still reported.
    flags[flag] = COPILOT_FLAG_FIELDS[flag].map((field) => reader.flag(record[field], field)).includes(true);
  }
  return flags;
}

/** One Copilot user-day record → one row, or the first problem found in it. */
export function copilotRecordToRow(record: JsonObject, line: number, options: ParseOptions): RecordResult {
  const reader = new FieldReader();
  const person = readPerson(record, reader);
  const day = reader.day(record['day'], 'day', options.today, false);
  const counters = readCounters(record, reader);
  const flags = readFlags(record, reader);
  const breakdowns = readCopilotBreakdowns(record, reader);
  if (reader.problem !== null || person === null || day === null) {
    return { ok: false, message: reader.problem ?? 'invalid record' };
  }
  return { ok: true, row: { line, source: 'COPILOT', tool: 'copilot', day, person, counters, flags, breakdowns } };
}
