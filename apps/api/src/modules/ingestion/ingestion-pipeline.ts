import { parserFor, type ColumnMapping, type IdentityRef, type MetricsFormat, type PersonRef } from '@devpulse/domain';
import type { QueryRunner } from 'typeorm';
import { resolvePeople } from '../identity/identity-resolution.service';
import { IngestionSummary, type IngestionOutcome } from './ingestion-summary';
import { combineStaged, countAgainstStored, mergeCombined } from './usage-merge';
import { UsageStaging } from './usage-staging';

export interface PipelineInput {
  readonly organizationId: string;
  readonly format: MetricsFormat;
  readonly chunks: AsyncIterable<string>;
  readonly mapping: ColumnMapping | null;
  /** Today's UTC day: rows dated later are row errors. */
  readonly today: string;
  /** Import writes into the stored tables (tagged with this run); preview passes `write: false`. */
  readonly write: false | { readonly runId: string | null };
}

/** Serialises ingestion per organization, so two imports never race to create the same developer. */
const INGESTION_LOCK_CLASS = 7301;

/**
 * The one ingestion pipeline, for preview and import alike, inside the caller's open transaction on `runner`:
 * parse the stream into staging tables, resolve the people to developers, combine rows of one key with the
 * parser's mode, count what is new, and (import only) merge into the stored tables. Preview runs exactly this
 * and the caller rolls back, so its numbers are what an import would do.
 */
export async function runIngestionPipeline(runner: QueryRunner, input: PipelineInput): Promise<IngestionOutcome> {
  await runner.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [INGESTION_LOCK_CLASS, input.organizationId]);
  const parser = parserFor(input.format);
  const summary = new IngestionSummary();
  const people = new PeopleOfFile();
  const staging = await UsageStaging.create(runner);

  const options = input.mapping ? { mapping: input.mapping, today: input.today } : { today: input.today };
  for await (const event of parser.parse(input.chunks, options)) {
    switch (event.type) {
      case 'row':
        summary.addRow(event.row);
        await staging.add(people.add(event.row.person), event.row);
        break;
      case 'error':
        summary.addError(event.error);
        break;
      case 'warning':
        summary.addWarning(event.message);
        break;
      case 'columns':
        summary.columns = event.columns;
        summary.mapping = event.mapping;
        break;
    }
  }
  await staging.flush();

  const persons = people.list();
  const resolved = await resolvePeople(
    runner.manager,
    input.organizationId,
    persons.map((entry) => entry.person),
  );
  for (const warning of resolved.warnings) summary.addWarning(warning);
  await staging.setPeople(
    persons.map((entry) => entry.key),
    resolved.developerIds,
  );
  await combineStaged(runner, parser.combine);
  const counts = await countAgainstStored(runner, input.organizationId);
  if (input.write) await mergeCombined(runner, input.organizationId, input.write.runId, counts);

  return {
    format: input.format,
    rowCount: summary.rowCount,
    errorCount: summary.errorCount,
    errors: summary.errors,
    warnings: summary.warnings,
    columns: summary.columns,
    mapping: summary.mapping,
    sample: summary.sample,
    firstDay: summary.firstDay,
    lastDay: summary.lastDay,
    distinctDevelopers: new Set(resolved.developerIds).size,
    newRows: counts.newRows,
    updatedRows: counts.updatedRows,
  };
}

/**
 * The distinct people of one file, keyed like `usageRowKey` (their first, most stable identity). Identities seen
 * on later rows of the same person are gathered too: a Copilot user whose login changed mid-window keeps both.
 */
class PeopleOfFile {
  private readonly byKey = new Map<string, { identities: IdentityRef[]; seen: Set<string>; person: PersonRef }>();

  /** Returns the person's key: `kind:value` of the first identity, the person part of `usageRowKey`. */
  add(person: PersonRef): string {
    const first = person.identities[0];
    // Parsers report a row without a person as a row error, so reaching here without one is a bug.
    if (first === undefined) throw new Error('a parsed row has no identity');
    const key = identityText(first);
    const entry = this.byKey.get(key);
    if (entry === undefined) {
      const identities = [...person.identities];
      this.byKey.set(key, { identities, seen: new Set(identities.map(identityText)), person });
      return key;
    }
    for (const identity of person.identities) {
      if (entry.seen.has(identityText(identity))) continue;
      entry.seen.add(identityText(identity));
      entry.identities.push(identity);
    }
    return key;
  }

  list(): { key: string; person: PersonRef }[] {
    return [...this.byKey.entries()].map(([key, entry]) => ({
      key,
      person: { ...entry.person, identities: entry.identities },
    }));
  }
}

function identityText(identity: IdentityRef): string {
  return `${identity.kind}:${identity.value}`;
}
