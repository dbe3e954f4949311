import { COLUMN_MAPPING_FIELDS, type ColumnMapping } from '../formats/format-parser';
import type { ColumnMappingField } from './header-synonyms';

/** Column index of each mapped field, or the reasons the mapping cannot import this header. */
export type ResolvedColumns =
  | { ok: true; columns: Partial<Record<ColumnMappingField, number>>; unmapped: string[] }
  | { ok: false; message: string };

/**
 * Checks a mapping against the header: every named column must exist (exact name first, then ignoring case),
 * `day` is required, and so is `email` or `login`, since a row without a person cannot be attributed.
 */
export function resolveColumnMapping(header: readonly string[], mapping: ColumnMapping): ResolvedColumns {
  const problems: string[] = [];
  if (!mapping.day) problems.push('missing required mapping: day (which column holds the date)');
  if (!mapping.email && !mapping.login) {
    problems.push('missing required mapping: email or login (which column identifies the developer)');
  }

  const columns: Partial<Record<ColumnMappingField, number>> = {};
  for (const field of COLUMN_MAPPING_FIELDS) {
    const name = mapping[field];
    if (!name) continue;
    const column = findColumn(header, name);
    if (column < 0) problems.push(`mapping for ${field} names column "${name}", which is not in the header`);
    else columns[field] = column;
  }
  if (problems.length > 0) return { ok: false, message: problems.join('; ') };

  const used = new Set(Object.values(columns));
  const unmapped = header.filter((_, column) => !used.has(column));
  return { ok: true, columns, unmapped };
}

function findColumn(header: readonly string[], name: string): number {
  const wanted = name.trim();
  const exact = header.indexOf(wanted);
  if (exact >= 0) return exact;
  const lower = wanted.toLowerCase();
  return header.findIndex((column) => column.toLowerCase() === lower);
}
