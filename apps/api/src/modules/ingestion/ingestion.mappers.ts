import {
  COLUMN_MAPPING_FIELDS,
  type ColumnMapping as DomainColumnMapping,
  type NormalizedUsageRow,
} from '@devpulse/domain';
import type { IngestionRunRecord } from './ingestion-run.store';
import type { IngestionOutcome } from './ingestion-summary';
import {
  type ColumnMapping,
  type ColumnMappingInput,
  type IngestionRun,
  IngestionStatus,
  MetricsFormatEnum,
  type UploadPreview,
  type UsageSampleRow,
} from './ingestion.types';

/** GraphQL input → domain mapping; blank entries mean "not mapped". */
export function toDomainMapping(input: ColumnMappingInput | null | undefined): DomainColumnMapping | null {
  if (!input) return null;
  const mapping: DomainColumnMapping = {};
  for (const field of COLUMN_MAPPING_FIELDS) {
    const column = input[field]?.trim();
    if (column) mapping[field] = column;
  }
  return mapping;
}

function toColumnMapping(mapping: DomainColumnMapping): ColumnMapping {
  return Object.fromEntries(
    COLUMN_MAPPING_FIELDS.map((field) => [field, mapping[field] ?? null]),
  ) as unknown as ColumnMapping;
}

function toSampleRow(row: NormalizedUsageRow): UsageSampleRow {
  const first = row.person.identities[0];
  return {
    line: row.line,
    day: row.day,
    tool: row.tool,
    source: row.source,
    person: row.person.displayName ?? first?.value ?? '',
    identities: row.person.identities.map((identity) => ({ kind: identity.kind, value: identity.value })),
    isService: row.person.isService,
    ...row.counters,
    breakdownCount: row.breakdowns.length,
  };
}

export function toUploadPreview(outcome: IngestionOutcome): UploadPreview {
  return {
    format: outcome.format as MetricsFormatEnum,
    rowCount: outcome.rowCount,
    columns: [...outcome.columns],
    mapping: outcome.mapping ? toColumnMapping(outcome.mapping) : null,
    sample: outcome.sample.map(toSampleRow),
    warnings: [...outcome.warnings],
    errors: [...outcome.errors],
    errorCount: outcome.errorCount,
    firstDay: outcome.firstDay,
    lastDay: outcome.lastDay,
    distinctDevelopers: outcome.distinctDevelopers,
    newRows: outcome.newRows,
    updatedRows: outcome.updatedRows,
  };
}

export function toIngestionRun(run: IngestionRunRecord): IngestionRun {
  return {
    id: run.id,
    fileName: run.fileName,
    format: run.format as MetricsFormatEnum | null,
    status: run.status as IngestionStatus,
    rowsProcessed: run.rowsProcessed,
    rowsErrored: run.rowsErrored,
    errorDetails: run.errorDetails,
    warnings: run.warnings,
    bytes: run.bytes,
    sha256: run.sha256,
    newRows: run.summary.newRows ?? 0,
    updatedRows: run.summary.updatedRows ?? 0,
    distinctDevelopers: run.summary.distinctDevelopers ?? 0,
    firstDay: run.summary.firstDay ?? null,
    lastDay: run.summary.lastDay ?? null,
    createdAt: run.createdAt,
    finishedAt: run.finishedAt,
  };
}
