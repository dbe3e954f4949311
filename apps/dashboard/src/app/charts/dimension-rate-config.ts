import { formatCount, MIN_GENERATIONS_FOR_RATE } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { acceptanceBand, acceptanceBandColor } from './acceptance-band';
import type { DimensionAggregate } from './chart-data';
import { formatPercentTick, formatRate } from './chart-format';
import { acceptanceBandLegend, axisStyle, baseOptions, tooltipStyle, type ChartLook } from './chart-options';
import type { CsvTable } from './csv';
import { byGenerationsDescending } from './share-slices';

export type RateBarConfiguration = ChartConfiguration<'bar', number[], string>;

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
export function rateBarConfiguration(rated: readonly RatedDimension[], look: ChartLook): RateBarConfiguration {
  const { palette } = look;
  return {
    type: 'bar',
    data: {
      labels: rated.map((r) => r.label),
      datasets: [
        {
          label: 'Acceptance rate',
          data: rated.map((r) => r.rate),
          backgroundColor: rated.map((r) => acceptanceBandColor(acceptanceBand(r.rate), palette)),
          borderRadius: 3,
          maxBarThickness: 20,
        },
      ],
    },
    options: {
      ...baseOptions(look),
      indexAxis: 'y',
      scales: {
        x: {
          ...axisStyle(look),
          min: 0,
          suggestedMax: 1,
          ticks: { color: palette.textMuted, callback: formatPercentTick },
        },
        y: { ...axisStyle(look), grid: { display: false } },
      },
      plugins: {
        legend: acceptanceBandLegend(look, ['high', 'medium', 'low']),
        tooltip: {
          ...tooltipStyle(look),
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const row = rated[item.dataIndex];
              return row === undefined
                ? ''
                : `Acceptance rate: ${formatRate(row.rate)} (${formatCount(row.acceptances)} of ${formatCount(row.generations)} generations)`;
            },
          },
        },
      },
    },
  };
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
