import { METRICS_FORMATS } from './format-parser';
import { FORMAT_PARSERS, detectFormat, parserFor } from './registry';

describe('FORMAT_PARSERS', () => {
  it('registers one parser per format, JSON formats before the CSV fallback', () => {
    expect(FORMAT_PARSERS.map((parser) => parser.id)).toEqual(['COPILOT_NDJSON', 'CLAUDE_CODE_JSON', 'GENERIC_CSV']);
    expect([...METRICS_FORMATS].sort()).toEqual(FORMAT_PARSERS.map((parser) => parser.id).sort());
  });

  it('resolves every format to its parser', () => {
    for (const format of METRICS_FORMATS) expect(parserFor(format).id).toBe(format);
  });

  it('detects JSON formats by structure before trying CSV', () => {
    expect(detectFormat('{"day":"2026-04-01","user_id":1,"user_login":"a"}\n')).toBe('COPILOT_NDJSON');
    expect(detectFormat('{"data":[{"date":"2026-04-01","actor":{"type":"user_actor","email_address":"a@x.io"}}]}')).toBe(
      'CLAUDE_CODE_JSON',
    );
  });
});
