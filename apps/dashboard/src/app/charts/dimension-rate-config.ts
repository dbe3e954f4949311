import { formatCount, MIN_GENERATIONS_FOR_RATE } from '@devpulse/domain';
import { acceptanceBand, acceptanceBandColor } from './acceptance-band';
import type { DimensionAggregate } from './chart-data';
import { formatRate } from './chart-format';
import { acceptanceBandLegend, rateAxis } from './chart-options';
import type { ChartLook } from './chart-theme';
import type { CsvTable } from './csv';
import { type HorizontalBarConfiguration, horizontalBarConfiguration } from './horizontal-bar-config';
import { byGenerationsDescending } from './share-slices';

/** A dimension with a reported rate (at least 50 generations). */
export interface RatedDimension {
  key: string;
  label: string;
  generations: number;
  acceptances: number;
  rate: number;
}

/**
 * The rated rows: a rate reported by the API and at least `MIN_GENERATIONS_FOR_RATE` generations. With `limit`,
 * the `limit` most used are kept; the bars are then ordered by rate, highest first, so they read as a ranking.
 */
export function ratedDimensions(
  rows: readonly DimensionAggregate[],
  label: (row: DimensionAggregate) => string,
  limit: number | null,
): RatedDimension[] {
  const rated = rows
    .flatMap((row) =>
      row.acceptanceRate !== null && row.generations >= MIN_GENERATIONS_FOR_RATE
        ? [
            {
              key: row.key,
              label: label(row),
              generations: row.generations,
              acceptances: row.acceptances,
              rate: row.acceptanceRate,
            },
          ]
        : [],
    )
    .sort(byGenerationsDescending);
  return (limit === null ? rated : rated.slice(0, limit)).sort(
    (a, b) => b.rate - a.rate || byGenerationsDescending(a, b),
  );
}

/** Why a gated rate chart has nothing to draw, or `null` when it has. */
export function ratedEmptyReason(
  rows: readonly DimensionAggregate[],
  rated: readonly RatedDimension[],
  noun: string,
): string | null {
  if (rows.length === 0) return 'No data in this period';
  if (!rows.some((row) => row.generations > 0)) return 'No code completions in this period';
  return rated.length > 0 ? null : `No ${noun} has ${MIN_GENERATIONS_FOR_RATE} or more generations yet`;
}

/** Horizontal bars of acceptance rate, coloured by band, with the counts behind each rate in the tooltip. */
export function rateBarConfiguration(rated: readonly RatedDimension[], look: ChartLook): HorizontalBarConfiguration {
  return horizontalBarConfiguration(rated, look, {
    series: 'Acceptance rate',
    label: (r) => r.label,
    value: (r) => r.rate,
    color: (r) => acceptanceBandColor(acceptanceBand(r.rate), look.palette),
    valueAxis: rateAxis(look),
    legend: acceptanceBandLegend(look, ['high', 'medium', 'low']),
    tooltip: (r) =>
      `Acceptance rate: ${formatRate(r.rate)} (${formatCount(r.acceptances)} of ${formatCount(r.generations)} generations)`,
  });
}

export function ratedCsv(dimension: string, rated: readonly RatedDimension[]): CsvTable {
  return {
    header: [dimension, 'Key', 'Generations', 'Acceptances', 'Acceptance rate'],
    rows: rated.map((r) => [r.label, r.key, r.generations, r.acceptances, r.rate]),
  };
}

export function ratedSummary(noun: string, rated: readonly RatedDimension[]): string {
  if (rated.length === 0) return `No ${noun} has ${MIN_GENERATIONS_FOR_RATE} or more generations yet.`;
  return `Acceptance rate by ${noun}, highest first: ${rated.map((r) => `${r.label} ${formatRate(r.rate)}`).join(', ')}.`;
}
