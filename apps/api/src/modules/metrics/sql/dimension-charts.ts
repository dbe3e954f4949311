import { acceptanceRate, featureLabel, gatedAcceptanceRate, ideLabel } from '@devpulse/domain';
import type { ResolvedFilter } from '../resolved-filter';

export type DimensionChart = 'byIde' | 'byLanguage' | 'byFeature' | 'byModel';

export interface DimensionChartSource {
  /** The stored breakdown dimension the chart reads. */
  dimension: 'ide' | 'feature' | 'language_feature' | 'language_model';
  /** Which key of the cell names the group; the other key is summed over. */
  column: 'key' | 'key2';
  label: (key: string) => string;
  rate: (acceptances: number, generations: number) => number | null;
  /** The filter values of the chart's own dimension: the chart then lists only those. */
  selected: (filter: ResolvedFilter) => readonly string[];
}

const asIs = (key: string): string => key;

/**
 * Where each chart reads from (issue 4) — the same choices as the domain's reference aggregator
 * (aggregate-dimensions.ts, not exported), checked against it by the property test.
 */
export const DIMENSION_CHARTS: Readonly<Record<DimensionChart, DimensionChartSource>> = {
  byIde: { dimension: 'ide', column: 'key', label: ideLabel, rate: gatedAcceptanceRate, selected: (f) => f.ides },
  byLanguage: {
    dimension: 'language_feature',
    column: 'key',
    label: asIs,
    rate: gatedAcceptanceRate,
    selected: (f) => f.languages,
  },
  byFeature: {
    dimension: 'feature',
    column: 'key',
    label: featureLabel,
    rate: acceptanceRate,
    selected: (f) => f.features,
  },
  byModel: {
    dimension: 'language_model',
    column: 'key2',
    label: asIs,
    rate: acceptanceRate,
    selected: (f) => f.models,
  },
};

export const DIMENSION_CHART_NAMES = Object.keys(DIMENSION_CHARTS) as DimensionChart[];
