import type { ChartConfiguration, ChartOptions, TooltipItem } from 'chart.js';
import { baseOptions, categoryAxis, tooltipStyle } from './chart-options';
import type { ChartLook } from './chart-theme';

export type HorizontalBarConfiguration = ChartConfiguration<'bar', number[], string>;

type BarOptions = ChartOptions<'bar'>;

/** What a ranking of horizontal bars shows, one bar per row. */
export interface HorizontalBars<Row> {
  /** What the bars measure, e.g. `Generations`. */
  series: string;
  label: (row: Row) => string;
  value: (row: Row) => number;
  /** One colour for every bar, or one for each row. */
  color: string | ((row: Row) => string);
  valueAxis: NonNullable<BarOptions['scales']>[string];
  legend: NonNullable<BarOptions['plugins']>['legend'];
  /** The tooltip of the hovered row: one line, or several. */
  tooltip: (row: Row) => string | string[];
}

/**
 * Horizontal bars in the order of `rows`, so the ranking reads top down: the "top developers" and
 * "acceptance rate by …" charts.
 */
export function horizontalBarConfiguration<Row>(
  rows: readonly Row[],
  look: ChartLook,
  bars: HorizontalBars<Row>,
): HorizontalBarConfiguration {
  const { color } = bars;
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => bars.label(row)),
      datasets: [
        {
          label: bars.series,
          data: rows.map((row) => bars.value(row)),
          backgroundColor: typeof color === 'string' ? color : rows.map((row) => color(row)),
          borderRadius: 3,
          maxBarThickness: 20,
        },
      ],
    },
    options: {
      ...baseOptions(look),
      indexAxis: 'y',
      scales: { x: bars.valueAxis, y: categoryAxis(look) },
      plugins: {
        legend: bars.legend,
        tooltip: {
          ...tooltipStyle(look),
          callbacks: {
            label: (item: TooltipItem<'bar'>) => {
              const row = rows[item.dataIndex];
              return row === undefined ? '' : bars.tooltip(row);
            },
          },
        },
      },
    },
  };
}
