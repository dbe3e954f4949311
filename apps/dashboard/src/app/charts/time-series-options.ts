import type { ChartOptions, Scale, TooltipItem } from 'chart.js';
import { formatLongDay, formatShortDay } from './chart-format';
import { baseOptions, categoryAxis, legendOptions, tooltipStyle } from './chart-options';
import type { ChartLook } from './chart-theme';

/** Options of the per-day charts: days across on `x`, as `Nov 3`, and the whole day written out in the tooltip. */

type DayChartType = 'line' | 'bar';
/** Value axes by id; line and bar charts take the same cartesian scales. */
type ValueAxes = NonNullable<ChartOptions<'line'>['scales']>;

export interface TimeSeriesSpec {
  /** The value axes by id: `y`, and `y1` for a second axis on the right. */
  valueAxes: ValueAxes;
  /** The tooltip line of one series on the hovered day. */
  label: (item: TooltipItem<DayChartType>) => string;
  footer?: (items: TooltipItem<DayChartType>[]) => string;
  /** Off for a chart of a single series, which its heading already names. */
  legend?: boolean;
  /** Hovering anywhere on a day shows every series of that day, not only the one under the pointer. */
  wholeDay?: boolean;
}

/** The day axis: `YYYY-MM-DD` labels shown as `Nov 3`, level, and thinned out when the days do not fit. */
export function dayAxis(look: ChartLook) {
  return {
    ...categoryAxis(look),
    ticks: {
      color: look.palette.textMuted,
      maxRotation: 0,
      autoSkipPadding: 12,
      callback(this: Scale, value: number | string) {
        return formatShortDay(this.getLabelForValue(Number(value)));
      },
    },
  };
}

/** A tooltip title naming the hovered day in full: `Tue, Nov 3, 2026`. */
export function dayTooltipTitle(items: readonly { label: string }[]): string {
  return formatLongDay(items[0]?.label ?? '');
}

export function timeSeriesOptions<T extends DayChartType>(look: ChartLook, spec: TimeSeriesSpec): ChartOptions<T> {
  const { valueAxes, label, footer, legend = true, wholeDay = true } = spec;
  const options: ChartOptions<DayChartType> = {
    ...baseOptions(look),
    ...(wholeDay ? { interaction: { mode: 'index', intersect: false } } : {}),
    scales: { x: dayAxis(look), ...valueAxes },
    plugins: {
      legend: legendOptions(look, legend),
      tooltip: {
        ...tooltipStyle(look),
        callbacks: { title: dayTooltipTitle, label, ...(footer === undefined ? {} : { footer }) },
      },
    },
  };
  return options as ChartOptions<T>;
}
