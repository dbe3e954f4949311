import type { BreakdownDimension } from '../../usage/usage-row';
import { acceptanceRate, gatedAcceptanceRate } from '../definitions/acceptance-rate';
import { featureLabel } from '../definitions/feature-labels';
import { ideLabel } from '../definitions/ide-labels';
import type { DimensionAggregate } from './metrics-aggregate';
import type { StoredBreakdown, StoredDailyRow } from './stored-daily-row';

interface DimensionSource {
  dimension: BreakdownDimension;
  /** Which key of the cell names the group; the other key is summed over. */
  keyOf: (cell: StoredBreakdown) => string;
  labelOf: (key: string) => string;
  rateOf: (acceptances: number, generations: number) => number | null;
}

const asIs = (key: string): string => key;

/** Where each chart reads from (issue 4): language from language × feature, model from language × model. */
export const DIMENSION_SOURCES = {
  byIde: { dimension: 'ide', keyOf: (cell) => cell.key, labelOf: ideLabel, rateOf: gatedAcceptanceRate },
  byFeature: { dimension: 'feature', keyOf: (cell) => cell.key, labelOf: featureLabel, rateOf: acceptanceRate },
  byLanguage: { dimension: 'language_feature', keyOf: (cell) => cell.key, labelOf: asIs, rateOf: gatedAcceptanceRate },
  byModel: { dimension: 'language_model', keyOf: (cell) => cell.key2, labelOf: asIs, rateOf: acceptanceRate },
} as const satisfies Record<string, DimensionSource>;

/** Sums one dimension's cells over the rows, by group key; largest generations first, then key. */
export function aggregateDimension(rows: readonly StoredDailyRow[], source: DimensionSource): DimensionAggregate[] {
  const totals = new Map<string, { generations: number; acceptances: number }>();
  for (const row of rows) {
    for (const cell of row.breakdowns) {
      if (cell.dimension !== source.dimension) continue;
      const key = source.keyOf(cell);
      const total = totals.get(key) ?? { generations: 0, acceptances: 0 };
      total.generations += cell.generations;
      total.acceptances += cell.acceptances;
      totals.set(key, total);
    }
  }
  return [...totals.entries()]
    .map(([key, total]) => ({
      key,
      label: source.labelOf(key),
      generations: total.generations,
      acceptances: total.acceptances,
      acceptanceRate: source.rateOf(total.acceptances, total.generations),
    }))
    .sort((a, b) => b.generations - a.generations || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
