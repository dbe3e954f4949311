import type { MetricDefinition as DomainMetricDefinition } from '@devpulse/domain';
import type { MetricsFilterInput } from '../core/filters/metrics-filter';
import type { OverviewInsightsQuery } from '../core/graphql/generated';

/** What the overview's queries return (overview.graphql), in the shapes the page and its panels read. */

export interface OverviewKpis {
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

export interface OverviewPeriod {
  from: string;
  to: string;
  days: number;
}

export interface OverviewDimension {
  key: string;
  label: string;
  generations: number;
  acceptances: number;
  acceptanceRate: number | null;
  share: number | null;
}

export interface OverviewUser {
  developer: { id: string; displayName: string; githubLogin: string | null; email: string | null };
  label: string;
  generations: number;
  acceptances: number;
  acceptanceRate: number | null;
  linesAdded: number;
  linesDeleted: number;
  interactions: number;
  daysActive: number;
}

export interface OverviewMetrics {
  period: OverviewPeriod;
  previousPeriod: OverviewPeriod;
  kpis: OverviewKpis;
  previousKpis: OverviewKpis;
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
  byUser: OverviewUser[];
  byIde: OverviewDimension[];
  byLanguage: OverviewDimension[];
  byFeature: OverviewDimension[];
  byModel: OverviewDimension[];
  engagement: { bucket: string; developers: number }[];
}

export type OverviewInsight = OverviewInsightsQuery['insights'][number];

export type OverviewMetricDefinition = Pick<DomainMetricDefinition, 'label' | 'formula' | 'caveats'> & {
  id: string;
  unit: string;
};

/** A query's state as a panel shows it. */
export type Loadable<T> = { status: 'loading' } | { status: 'error'; message: string } | { status: 'ready'; data: T };

export const LOADING: Loadable<never> = { status: 'loading' };

export interface OverviewFilterVariables {
  filter: MetricsFilterInput;
}

export type {
  MetricDefinitionsQuery,
  OverviewFilterOptionsQuery,
  OverviewInsightsQuery,
  OverviewMetricsQuery,
} from '../core/graphql/generated';
