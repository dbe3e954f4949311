import type { ColumnMapping } from '../formats/format-parser';
import { type ColumnMappingField, HEADER_SYNONYMS, normalizeHeader } from './header-synonyms';

interface Match {
  readonly field: ColumnMappingField;
  readonly header: string;
  /** Position of the matched synonym in the field's list: lower is more specific. */
  readonly rank: number;
  readonly column: number;
}

/**
 * Proposes which header feeds each field. Each header is used at most once; a field takes the header that
 * matches its most specific synonym, and the leftmost column when two headers match equally.
 */
export function proposeMapping(headers: readonly string[]): ColumnMapping {
  const matches: Match[] = [];
  headers.forEach((header, column) => {
    const match = bestFieldFor(header, column);
    if (match) matches.push(match);
  });
  matches.sort((a, b) => a.rank - b.rank || a.column - b.column);

  const mapping: ColumnMapping = {};
  const usedHeaders = new Set<string>();
  for (const match of matches) {
    if (mapping[match.field] !== undefined || usedHeaders.has(match.header)) continue;
    mapping[match.field] = match.header;
    usedHeaders.add(match.header);
  }
  return mapping;
}

function bestFieldFor(header: string, column: number): Match | undefined {
  const key = normalizeHeader(header);
  if (key === '') return undefined;
  let best: Match | undefined;
  for (const [field, synonyms] of Object.entries(HEADER_SYNONYMS) as [ColumnMappingField, readonly string[]][]) {
    const rank = synonyms.findIndex((synonym) => normalizeHeader(synonym) === key);
    if (rank >= 0 && (best === undefined || rank < best.rank)) best = { field, header: header.trim(), rank, column };
  }
  return best;
}
