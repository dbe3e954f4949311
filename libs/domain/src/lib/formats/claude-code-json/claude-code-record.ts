import { looksLikeEmail, normalizeEmail, normalizeIdentity } from '../../normalize/identity';
import { normalizeModel } from '../../normalize/names';
import type { ParseOptions } from '../format-parser';
import { BreakdownAccumulator } from '../breakdown-accumulator';
import { FieldReader } from '../json/field-reader';
import { type JsonObject, isJsonObject } from '../json/json-object';
import type { RecordResult } from '../json/json-records';
import {
  type BreakdownRow,
  type PersonRef,
  type UsageCounters,
  emptyBreakdownCounters,
  emptyCounters,
  emptyFlags,
} from '../../usage/usage-row';

/** `user_actor` is a person keyed by email; `api_actor` is an API key: a service, never merged into a person. */
function readActor(record: JsonObject, reader: FieldReader): PersonRef | null {
  const actor = reader.object(record['actor'], 'actor');
  const type = actor ? reader.name(actor['type'], 'actor.type') : '';
  const email = actor ? reader.name(actor['email_address'], 'actor.email_address').trim() : '';
  const apiKeyName = actor ? reader.name(actor['api_key_name'], 'actor.api_key_name').trim() : '';
  if (type === 'api_actor' || (type === '' && apiKeyName !== '' && email === '')) {
    if (apiKeyName === '') return missingActor(reader, 'api_actor without api_key_name');
    return {
      identities: [{ kind: 'api_key', value: normalizeIdentity('api_key', apiKeyName) }],
      displayName: apiKeyName,
      isService: true,
    };
  }
  if (type === 'user_actor' || (type === '' && email !== '')) {
    if (email === '') return missingActor(reader, 'user_actor without email_address');
    if (!looksLikeEmail(email)) {
      reader.fail(`actor.email_address is not an email: ${JSON.stringify(email)}`);
      return null;
    }
    return { identities: [{ kind: 'email', value: normalizeEmail(email) }], displayName: email, isService: false };
  }
  return missingActor(reader, type === '' ? 'no actor' : `unknown actor type ${JSON.stringify(type)}`);
}

function missingActor(reader: FieldReader, detail: string): null {
  reader.fail(`missing actor identity: ${detail}`);
  return null;
}

/**
 * Claude Code reports edit decisions per tool (edit, multi_edit, write, notebook_edit, and any added later).
 * A proposed edit is a generation and an accepted one an acceptance, so generations = accepted + rejected and
 * acceptances = accepted; acceptances / generations is then the accept rate the Claude console shows.
 */
function readToolActions(record: JsonObject, reader: FieldReader): { generations: number; acceptances: number } {
  const toolActions = reader.object(record['tool_actions'], 'tool_actions');
  let accepted = 0;
  let rejected = 0;
  for (const [tool, decisions] of Object.entries(toolActions ?? {})) {
    const counts = reader.object(decisions, `tool_actions.${tool}`);
    accepted += reader.count(counts?.['accepted'], `tool_actions.${tool}.accepted`);
    rejected += reader.count(counts?.['rejected'], `tool_actions.${tool}.rejected`);
  }
  return { generations: accepted + rejected, acceptances: accepted };
}

interface ModelTotals {
  counters: Pick<UsageCounters, 'tokensInput' | 'tokensOutput' | 'tokensCacheCreation' | 'tokensCacheRead' | 'costCents'>;
  breakdowns: BreakdownRow[];
}

/**
 * Tokens and cost summed over models. Each model also becomes a `model` breakdown row whose activity counters are
 * 0: Claude Code attributes tokens and cost to models, not edits or lines, and a breakdown row has no token column.
 */
function readModels(record: JsonObject, reader: FieldReader): ModelTotals {
  const counters = { tokensInput: 0, tokensOutput: 0, tokensCacheCreation: 0, tokensCacheRead: 0, costCents: 0 };
  const models = new BreakdownAccumulator();
  reader.array(record['model_breakdown'], 'model_breakdown').forEach((entry, index) => {
    const path = `model_breakdown[${index}]`;
    if (!isJsonObject(entry)) return reader.fail(`${path} is not an object`);
    const model = reader.name(entry['model'], `${path}.model`);
    const tokens = reader.object(entry['tokens'], `${path}.tokens`);
    counters.tokensInput += reader.count(tokens?.['input'], `${path}.tokens.input`);
    counters.tokensOutput += reader.count(tokens?.['output'], `${path}.tokens.output`);
    counters.tokensCacheCreation += reader.count(tokens?.['cache_creation'], `${path}.tokens.cache_creation`);
    counters.tokensCacheRead += reader.count(tokens?.['cache_read'], `${path}.tokens.cache_read`);
    const cost = reader.object(entry['estimated_cost'], `${path}.estimated_cost`);
    const currency = reader.name(cost?.['currency'], `${path}.estimated_cost.currency`);
    // Amounts are in minor units; summing them across currencies would be meaningless.
    if (currency !== '' && currency.toUpperCase() !== 'USD') {
      reader.fail(`${path}.estimated_cost.currency is not USD: ${JSON.stringify(currency)}`);
    }
    counters.costCents += reader.amount(cost?.['amount'], `${path}.estimated_cost.amount`);
    models.add({
      dimension: 'model',
      key: normalizeModel(model),
      key2: '',
      rawKey: model,
      rawKey2: '',
      counters: emptyBreakdownCounters(),
    });
  });
  return { counters, breakdowns: models.rows() };
}

function readCoreMetrics(record: JsonObject, reader: FieldReader): Partial<UsageCounters> {
  const core = reader.object(record['core_metrics'], 'core_metrics');
  const lines = core ? reader.object(core['lines_of_code'], 'core_metrics.lines_of_code') : null;
  return {
    sessions: reader.count(core?.['num_sessions'], 'core_metrics.num_sessions'),
    linesAdded: reader.count(lines?.['added'], 'core_metrics.lines_of_code.added'),
    linesDeleted: reader.count(lines?.['removed'], 'core_metrics.lines_of_code.removed'),
    commits: reader.count(core?.['commits_by_claude_code'], 'core_metrics.commits_by_claude_code'),
    pullRequests: reader.count(core?.['pull_requests_by_claude_code'], 'core_metrics.pull_requests_by_claude_code'),
  };
}

/**
 * One Claude Code usage report record (one actor, one day, one terminal) → one row, or the first problem in it.
 * Claude Code reports no prompts count (interactions stay 0) and no Copilot-style feature flags.
 */
export function claudeCodeRecordToRow(record: JsonObject, line: number, options: ParseOptions): RecordResult {
  const reader = new FieldReader();
  const person = readActor(record, reader);
  const day = reader.day(record['date'], 'date', options.today, true);
  const models = readModels(record, reader);
  const counters: UsageCounters = {
    ...emptyCounters(),
    ...readCoreMetrics(record, reader),
    ...readToolActions(record, reader),
    ...models.counters,
  };
  if (reader.problem !== null || person === null || day === null) {
    return { ok: false, message: reader.problem ?? 'invalid record' };
  }
  return {
    ok: true,
    row: {
      line,
      source: 'CLAUDE_CODE',
      tool: 'claude_code',
      day,
      person,
      counters,
      flags: emptyFlags(),
      breakdowns: models.breakdowns,
    },
  };
}
