import type { FormatParser, MetricsFormat } from './format-parser';

export interface FormatRegistry {
  readonly parsers: readonly FormatParser[];
  /** The first parser, in registry order, that recognises the sample; null when none does. */
  detectFormat(sample: string, fileName?: string): MetricsFormat | null;
  /** The parser registered for a format; a format without one is a wiring bug, so this throws. */
  parserFor(format: MetricsFormat): FormatParser;
}

/** Registry order is detection order: put structural (JSON) formats before the permissive CSV fallback. */
export function createFormatRegistry(parsers: readonly FormatParser[]): FormatRegistry {
  return {
    parsers,
    detectFormat(sample, fileName) {
      return parsers.find((parser) => parser.canParse(sample, fileName))?.id ?? null;
    },
    parserFor(format) {
      const parser = parsers.find((candidate) => candidate.id === format);
      if (!parser) throw new Error(`No parser registered for format ${format}`);
      return parser;
    },
  };
}
