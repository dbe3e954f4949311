import { parserFor, type ColumnMapping, type IdentityRef, type MetricsFormat, type PersonRef } from '@devpulse/domain';
import type { QueryRunner } from 'typeorm';
import { resolvePeople } from '../identity/identity-resolution.service';
import { IngestionSummary, type IngestionOutcome } from './ingestion-summary';
import { combineStaged, countAgainstStored, mergeCombined } from './usage-merge';
import { UsageStaging, type StagingLoad } from './usage-staging';

export interface PipelineInput {
  readonly organizationId: string;
  readonly format: MetricsFormat;
  readonly chunks: AsyncIterable<string>;
  readonly mapping: ColumnMapping | null;
  /** Today's UTC day: rows dated later are row errors. */
  readonly today: string;
  /** Import writes into the stored tables (tagged with this run); preview passes `write: false`. */
  readonly write: false | { readonly runId: string | null };
  /** How rows reach the staging tables: COPY on real PostgreSQL, `unnest` inserts on PGlite. */
  readonly stagingLoad: StagingLoad;
}

/** Serialises ingestion per organization, so two imports never race to create the same developer. */
const INGESTION_LOCK_CLASS = 7301;
const COMBINE_WORK_MEM = '64MB';

/**
 * The one ingestion pipeline, for preview and import alike, inside the caller's open transaction on `runner`:
 * parse the stream into staging tables, resolve the people to developers, combine rows of one key with the
 * parser's mode, count what is new, and (import only) merge into the stored tables. Preview runs exactly this
 * and the caller rolls back, so its numbers are what an import would do.
 */
export async function runIngestionPipeline(runner: QueryRunner, input: PipelineInput): Promise<IngestionOutcome> {
  await runner.query(`SELECT pg_advisory_xact_lock($1, hashtext($2))`, [INGESTION_LOCK_CLASS, input.organizationId]);
  // Combining a 50 MB file sorts ~25 MB of breakdown cells: in memory instead of spilling to disk, for this file only.
  await runner.query(`SET LOCAL work_mem = '${COMBINE_WORK_MEM}'`);
  const parser = parserFor(input.format);
  const summary = new IngestionSummary();
  const people = new PeopleOfFile();
  const staging = await UsageStaging.create(runner, input.stagingLoad);

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

  const resolved = await resolvePeople(runner.manager, input.organizationId, people.list());
  for (const warning of resolved.warnings) summary.addWarning(warning);
  await staging.setPeople(resolved.developerIds);
  const { repeats } = await combineStaged(runner, parser.combine);
  const counts = await countAgainstStored(runner, input.organizationId);
  if (input.write) {
    await mergeCombined(runner, input.organizationId, input.write.runId, { counts, repeats }, parser.combine);
  }

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
 * The distinct people of one file, numbered in order of appearance and keyed like `usageRowKey` (their first, most
 * stable identity). Identities seen on later rows of the same person are gathered too: a Copilot user whose login
 * changed mid-window keeps both.
 */
class PeopleOfFile {
  private readonly byKey = new Map<string, number>();
  private readonly people: { identities: IdentityRef[]; seen: Set<string>; person: PersonRef }[] = [];

  /** Returns the person's number: its index in `list()`. */
  add(person: PersonRef): number {
    const first = person.identities[0];
    // Parsers report a row without a person as a row error, so reaching here without one is a bug.
    if (first === undefined) throw new Error('a parsed row has no identity');
    const key = identityText(first);
    const number = this.byKey.get(key);
    if (number === undefined) {
      const identities = [...person.identities];
      this.byKey.set(key, this.people.length);
      this.people.push({ identities, seen: new Set(identities.map(identityText)), person });
      return this.people.length - 1;
    }
    const entry = this.people[number];
    // Single-identity people (most) skip the set.
    if (entry !== undefined && person.identities.length > 1) {
      for (const identity of person.identities) {
        const text = identityText(identity);
        if (entry.seen.has(text)) continue;
        entry.seen.add(text);
        entry.identities.push(identity);
      }
    }
    return number;
  }

  list(): PersonRef[] {
    return this.people.map((entry) => ({ ...entry.person, identities: entry.identities }));
  }
}

function identityText(identity: IdentityRef): string {
  return `${identity.kind}:${identity.value}`;
}
