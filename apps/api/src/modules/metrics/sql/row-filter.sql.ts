import type { ResolvedFilter } from '../resolved-filter';
import type { SqlParams } from './sql-params';

/**
 * The WHERE clause selecting stored developer-tool-days (`daily_developer_metrics` as `alias`) for a filter,
 * for the filter's own period or for another one (the previous period). The organization always comes first:
 * every query is scoped by it.
 *
 * Dimension filters keep a developer-tool-day when its breakdown lists one of the values, in any dimension that
 * carries it (a language appears in `language`, `language_feature` and `language_model`); the whole
 * developer-day then counts, because interactions and lines are not attributed per IDE or language.
 */
export function rowFilterSql(
  filter: ResolvedFilter,
  params: SqlParams,
  alias: string,
  period: { from: string; to: string } = filter,
): string {
  const clauses = [
    `${alias}.organization_id = ${params.add(filter.organizationId)}::uuid`,
    `${alias}.day BETWEEN ${params.add(period.from)}::date AND ${params.add(period.to)}::date`,
  ];
  if (filter.sources.length > 0) clauses.push(`${alias}.source = ANY(${params.add(filter.sources)}::text[])`);
  if (filter.developerIds.length > 0) {
    clauses.push(`${alias}.developer_id = ANY(${params.add(filter.developerIds)}::uuid[])`);
  }
  if (filter.teamIds.length > 0) {
    clauses.push(
      `${alias}.developer_id IN (SELECT tm.developer_id FROM team_members tm ` +
        `WHERE tm.organization_id = ${alias}.organization_id AND tm.team_id = ANY(${params.add(filter.teamIds)}::uuid[]))`,
    );
  }
  for (const [values, cells] of dimensionFilters(filter)) {
    if (values.length === 0) continue;
    const list = params.add(values);
    const matches = cells.map(({ dimensions, column }) => {
      const inDimensions = dimensions.map((dimension) => `'${dimension}'`).join(', ');
      return `(b.dimension IN (${inDimensions}) AND lower(b.${column}) = ANY(${list}::text[]))`;
    });
    clauses.push(
      `EXISTS (SELECT 1 FROM daily_metric_breakdowns b WHERE b.organization_id = ${alias}.organization_id ` +
        `AND b.developer_id = ${alias}.developer_id AND b.tool = ${alias}.tool AND b.day = ${alias}.day ` +
        `AND (${matches.join(' OR ')}))`,
    );
  }
  return clauses.join('\n  AND ');
}

interface DimensionCells {
  dimensions: readonly string[];
  column: 'key' | 'key2';
}

/** Where each filterable value is stored: `language_feature` = (language, feature), `model_feature` = (model, feature). */
function dimensionFilters(filter: ResolvedFilter): [readonly string[], DimensionCells[]][] {
  return [
    [filter.ides, [{ dimensions: ['ide'], column: 'key' }]],
    [filter.languages, [{ dimensions: ['language', 'language_feature', 'language_model'], column: 'key' }]],
    [
      filter.features,
      [
        { dimensions: ['feature'], column: 'key' },
        { dimensions: ['language_feature', 'model_feature'], column: 'key2' },
      ],
    ],
    [
      filter.models,
      [
        { dimensions: ['model', 'model_feature'], column: 'key' },
        { dimensions: ['language_model'], column: 'key2' },
      ],
    ],
  ];
}
