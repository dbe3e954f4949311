import { genericCsvParser } from '../csv/generic-csv.parser';
import { claudeCodeJsonParser } from './claude-code-json/claude-code-json.parser';
import { copilotNdjsonParser } from './copilot-ndjson/copilot-ndjson.parser';
import type { FormatParser, MetricsFormat } from './format-parser';
import { createFormatRegistry } from './format-registry';

/** Every format devpulse reads. JSON formats are recognised by structure; CSV is the fallback, so it comes last. */
export const FORMAT_PARSERS: readonly FormatParser[] = [copilotNdjsonParser, claudeCodeJsonParser, genericCsvParser];

const registry = createFormatRegistry(FORMAT_PARSERS);

/** The format of a file from its first few KB (`fileName` is only a tie-breaker), or null when none fits. */
export function detectFormat(sample: string, fileName?: string): MetricsFormat | null {
  return registry.detectFormat(sample, fileName);
}

export function parserFor(format: MetricsFormat): FormatParser {
  return registry.parserFor(format);
}
