/** The GraphQL documents the benchmark sends: what the dashboard's overview and developer pages ask for. */

const KPI_FIELDS = `totalGenerations totalAcceptances acceptanceRate linesAdded linesDeleted netLines interactions
  activeUsers activeDays estimatedValue`;
const DIMENSION_FIELDS = 'key label generations acceptances acceptanceRate share interactions';

/** The overview: every organization-wide section plus insights (byUser is the explorer's job, paginated). */
export const OVERVIEW_QUERY = `query Overview($filter: MetricsFilter) {
  metrics(filter: $filter) {
    period { from to days }
    kpis { ${KPI_FIELDS} }
    previousKpis { ${KPI_FIELDS} }
    byDay { day generations acceptances acceptanceRate linesAdded linesDeleted interactions activeUsers }
    byIde { ${DIMENSION_FIELDS} } byLanguage { ${DIMENSION_FIELDS} }
    byFeature { ${DIMENSION_FIELDS} } byModel { ${DIMENSION_FIELDS} }
    engagement { bucket developers }
  }
  insights(filter: $filter) { kind severity title detail items { label value } }
}`;

/** One developer's page: the full aggregate, byUser included. */
export const DEVELOPER_QUERY = `query Developer($filter: MetricsFilter) {
  metrics(filter: $filter) {
    kpis { ${KPI_FIELDS} }
    byDay { day generations acceptances acceptanceRate linesAdded linesDeleted interactions activeUsers }
    byUser { label generations acceptances acceptanceRate linesAdded linesDeleted interactions daysActive }
    byIde { ${DIMENSION_FIELDS} } byLanguage { ${DIMENSION_FIELDS} }
    byFeature { ${DIMENSION_FIELDS} } byModel { ${DIMENSION_FIELDS} }
    engagement { bucket developers }
  }
}`;

export const KPIS_QUERY = `{ metrics { kpis { ${KPI_FIELDS} } } }`;
