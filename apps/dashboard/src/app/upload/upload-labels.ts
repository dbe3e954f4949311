import type { ColumnMappingInput, IngestionStatus, MetricsFormat } from '../core/graphql/generated';

export const FORMAT_LABELS: Readonly<Record<MetricsFormat, string>> = {
  COPILOT_NDJSON: 'GitHub Copilot usage (NDJSON)',
  CLAUDE_CODE_JSON: 'Claude Code analytics (JSON)',
  GENERIC_CSV: 'CSV with a column mapping',
};

export const FORMATS: readonly MetricsFormat[] = ['COPILOT_NDJSON', 'CLAUDE_CODE_JSON', 'GENERIC_CSV'];

export const STATUS_LABELS: Readonly<Record<IngestionStatus, string>> = {
  PROCESSING: 'Processing',
  COMPLETED: 'Completed',
  FAILED: 'Failed',
};

export type MappingField = keyof ColumnMappingInput;

/** The CSV fields in the order an admin reads them, with what each one means. */
export const MAPPING_FIELDS: readonly { field: MappingField; label: string; hint: string }[] = [
  { field: 'day', label: 'Day', hint: 'ISO, MM/DD/YYYY or DD.MM.YYYY' },
  { field: 'login', label: 'GitHub login', hint: 'a login or an email is needed' },
  { field: 'email', label: 'Email', hint: 'a login or an email is needed' },
  { field: 'tool', label: 'Tool', hint: 'which AI tool the row is about' },
  { field: 'generations', label: 'Generations', hint: 'suggestions or completions shown' },
  { field: 'acceptances', label: 'Acceptances', hint: 'suggestions accepted' },
  { field: 'linesAdded', label: 'Lines added', hint: 'lines of code added with AI' },
  { field: 'linesDeleted', label: 'Lines deleted', hint: 'lines of code deleted with AI' },
  { field: 'interactions', label: 'Chat interactions', hint: 'prompts sent' },
  { field: 'sessions', label: 'Sessions', hint: 'working sessions' },
];
