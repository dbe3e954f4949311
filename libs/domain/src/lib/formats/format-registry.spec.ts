import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { claudeCodeJsonParser } from './claude-code-json/claude-code-json.parser';
import { copilotNdjsonParser } from './copilot-ndjson/copilot-ndjson.parser';
import { createFormatRegistry } from './format-registry';

const SHARED = resolve(__dirname, '../../../../../../shared/fixtures');
const registry = createFormatRegistry([copilotNdjsonParser, claudeCodeJsonParser]);

function sample(path: string): string {
  return readFileSync(join(SHARED, path), 'utf8').slice(0, 4096);
}

describe('createFormatRegistry with the JSON parsers', () => {
  it.each([
    ['derived/github-copilot/organization-users-28-day-report.day_totals.ndjson', 'COPILOT_NDJSON'],
    ['real/github-copilot/faros-airbyte-connectors/copilot-usage-report.jsonl', 'COPILOT_NDJSON'],
    ['real/github-copilot/copilot-metrics-viewer/organization-users-1-day-report.json', 'COPILOT_NDJSON'],
    ['real/claude-code/faros-airbyte-connectors/claude_code_usage_report.json', 'CLAUDE_CODE_JSON'],
    ['real/github-copilot/copilot-metrics-viewer/organization-1-day-report.json', null],
    ['real/cursor/faros-airbyte-connectors/daily_usage.json', null],
  ])('detects %s as %s', (path, format) => {
    expect(registry.detectFormat(sample(path))).toBe(format);
  });

  it('detects a sample cut in the middle of a record', () => {
    const text = sample('derived/github-copilot/organization-users-28-day-report.day_totals.ndjson').slice(0, 300);
    expect(registry.detectFormat(text)).toBe('COPILOT_NDJSON');
  });

  it('finds the parser for a format and refuses one that is not registered', () => {
    expect(registry.parserFor('CLAUDE_CODE_JSON')).toBe(claudeCodeJsonParser);
    expect(() => registry.parserFor('GENERIC_CSV')).toThrow('No parser registered for format GENERIC_CSV');
  });
});
