import type { MetricSource } from '../usage/usage-row';

export interface CsvTool {
  readonly tool: string;
  readonly source: MetricSource;
}

/** Spellings of the tools devpulse also imports natively, so CSV rows land in the same source and tool. */
const KNOWN_TOOLS: Readonly<Record<string, CsvTool>> = {
  copilot: { tool: 'copilot', source: 'COPILOT' },
  'github copilot': { tool: 'copilot', source: 'COPILOT' },
  claude: { tool: 'claude_code', source: 'CLAUDE_CODE' },
  'claude code': { tool: 'claude_code', source: 'CLAUDE_CODE' },
};

/** The `tool` cell → a lower-case tool id and its source; empty means `other`. */
export function classifyCsvTool(cell: string | undefined): CsvTool {
  const tool = (cell ?? '').trim().toLowerCase();
  if (tool === '') return { tool: 'other', source: 'OTHER' };
  // `claude_code`, `claude-code` and `Claude  Code` are the same tool.
  return KNOWN_TOOLS[tool.replace(/[\s_-]+/g, ' ')] ?? { tool, source: 'OTHER' };
}
