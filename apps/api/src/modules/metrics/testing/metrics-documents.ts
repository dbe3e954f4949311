/** GraphQL documents the specs send: every field of the contract, so a missing one fails loudly. */

const KPI_FIELDS = `totalGenerations totalAcceptances acceptanceRate linesAdded linesDeleted netLines interactions
  activeUsers activeDays estimatedValue`;
const DIMENSION_FIELDS = 'key label generations acceptances acceptanceRate share interactions';

export const METRICS_QUERY = `query Metrics($filter: MetricsFilter) {
  metrics(filter: $filter) {
    period { from to days }
    previousPeriod { from to days }
    kpis { ${KPI_FIELDS} }
    previousKpis { ${KPI_FIELDS} }
    byDay { day generations acceptances acceptanceRate linesAdded linesDeleted interactions activeUsers }
    byUser { developer { id displayName isService } label generations acceptances acceptanceRate linesAdded
      linesDeleted interactions daysActive }
    byIde { ${DIMENSION_FIELDS} }
    byLanguage { ${DIMENSION_FIELDS} }
    byFeature { ${DIMENSION_FIELDS} }
    byModel { ${DIMENSION_FIELDS} }
    engagement { bucket developers }
  }
}`;

export const KPIS_QUERY = `query Kpis($filter: MetricsFilter) { metrics(filter: $filter) { period { from to days } kpis { ${KPI_FIELDS} } } }`;

export const INSIGHTS_QUERY = `query Insights($filter: MetricsFilter) {
  insights(filter: $filter) { kind severity title detail items { label value } }
}`;

export const EXPLORER_QUERY = `query Explorer($filter: MetricsFilter, $value: ValueConfigInput, $sort: ExplorerSort, $first: Int,
  $after: String, $search: String) {
  explorer(filter: $filter, value: $value, sort: $sort, first: $first, after: $after, search: $search) {
    rows { developer { id displayName } label daysActive generations linesAdded linesDeleted netLines valueAdded
      valueDeleted totalValue }
    totals { developers daysActive generations linesAdded linesDeleted netLines valueAdded valueDeleted totalValue }
    totalCount
    pageInfo { endCursor hasNextPage }
    valueConfig { linesPerHour ratePerHour currency }
    period { from to days }
  }
}`;

export interface KpisResult {
  totalGenerations: number;
  totalAcceptances: number;
  acceptanceRate: number | null;
  linesAdded: number;
  linesDeleted: number;
  netLines: number;
  interactions: number;
  activeUsers: number;
  activeDays: number;
  estimatedValue: number;
}

export interface DimensionResult {
  key: string;
  label: string;
  generations: number;
  acceptances: number;
  acceptanceRate: number | null;
  share: number | null;
  interactions: number;
}

export interface MetricsResult {
  metrics: {
    period: { from: string; to: string; days: number };
    previousPeriod: { from: string; to: string; days: number };
    kpis: KpisResult;
    previousKpis: KpisResult;
    byDay: {
      day: string;
      generations: number;
      acceptances: number;
      acceptanceRate: number | null;
      linesAdded: number;
      linesDeleted: number;
      interactions: number;
      activeUsers: number;
    }[];
    byUser: {
      developer: { id: string; displayName: string; isService: boolean };
      label: string;
      generations: number;
      acceptances: number;
      acceptanceRate: number | null;
      linesAdded: number;
      linesDeleted: number;
      interactions: number;
      daysActive: number;
    }[];
    byIde: DimensionResult[];
    byLanguage: DimensionResult[];
    byFeature: DimensionResult[];
    byModel: DimensionResult[];
    engagement: { bucket: string; developers: number }[];
  };
}

export interface ExplorerRowResult {
  developer: { id: string; displayName: string };
  label: string;
  daysActive: number;
  generations: number;
  linesAdded: number;
  linesDeleted: number;
  netLines: number;
  valueAdded: number;
  valueDeleted: number;
  totalValue: number;
}

export interface ExplorerResult {
  explorer: {
    rows: ExplorerRowResult[];
    totals: Omit<ExplorerRowResult, 'developer' | 'label'> & { developers: number };
    totalCount: number;
    pageInfo: { endCursor: string | null; hasNextPage: boolean };
    valueConfig: { linesPerHour: number; ratePerHour: number; currency: string };
    period: { from: string; to: string; days: number };
  };
}
