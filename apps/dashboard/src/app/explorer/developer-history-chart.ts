import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, metricDefinition, type MetricId, type MetricSource } from '@devpulse/domain';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from '../charts/chart-card';
import { chartFileName, type ChartPeriod } from '../charts/chart-data';
import { countAxis, seriesCountLabel } from '../charts/chart-options';
import { type ChartPalette, ChartTheme } from '../charts/chart-theme';
import type { CsvTable } from '../charts/csv';
import { timeSeriesOptions } from '../charts/time-series-options';
import { SOURCE_LABELS } from '../core/filters/filter-bar';

export interface HistoryDay {
  day: string;
  generations: number;
  acceptances: number;
  linesAdded: number;
  linesDeleted: number;
  interactions: number;
}

export type HistoryMetric = 'generations' | 'acceptances' | 'linesAdded' | 'linesDeleted' | 'interactions';

/** Each metric the history can draw, with the domain definition that names and explains it. */
export const HISTORY_METRICS: Readonly<Record<HistoryMetric, MetricId>> = {
  generations: 'totalGenerations',
  acceptances: 'totalAcceptances',
  linesAdded: 'linesAdded',
  linesDeleted: 'linesDeleted',
  interactions: 'interactions',
};

export interface ToolHistory {
  source: MetricSource;
  days: readonly HistoryDay[];
}

const TOOL_COLORS: Readonly<Record<MetricSource, keyof ChartPalette>> = {
  COPILOT: 'indigo',
  CLAUDE_CODE: 'orange',
  OTHER: 'teal',
};

type HistoryConfiguration = ChartConfiguration<'line', number[], string>;

/** One developer's daily history of a metric, one line per tool that has any activity in the period. */
@Component({
  selector: 'app-developer-history-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      [heading]="heading()"
      description="Per day and per tool, for this developer over the filter period."
      [definitions]="definitions()"
      [emptyReason]="emptyReason()"
      [csv]="csv()"
      [fileName]="fileName()"
      [summary]="summary()"
    >
      @if (emptyReason() === null) {
        <canvas baseChart [type]="chart().type" [data]="chart().data" [options]="chart().options"></canvas>
      }
    </app-chart-card>
  `,
})
export class DeveloperHistoryChart {
  readonly tools = input.required<readonly ToolHistory[]>();
  readonly metric = input<HistoryMetric>('generations');
  /** The developer's name, for the file name and the text alternative. */
  readonly developer = input.required<string>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  private readonly definition = computed(() => metricDefinition(HISTORY_METRICS[this.metric()]));
  protected readonly definitions = computed(() => [this.definition()]);
  protected readonly heading = computed(() => `${this.definition().label} per day by tool`);

  /** Every day any tool reports, in order. */
  private readonly days = computed(() =>
    [...new Set(this.tools().flatMap((tool) => tool.days.map((d) => d.day)))].sort(),
  );

  /** Tools with activity in the period, each as one value per day (0 on a day the tool has no row). */
  readonly series = computed(() => {
    const metric = this.metric();
    const days = this.days();
    return this.tools()
      .filter((tool) => tool.days.some((d) => d.generations > 0 || d.interactions > 0 || d.linesAdded > 0))
      .map((tool) => {
        const byDay = new Map(tool.days.map((d) => [d.day, d[metric]]));
        return { source: tool.source, label: SOURCE_LABELS[tool.source], values: days.map((d) => byDay.get(d) ?? 0) };
      });
  });

  readonly emptyReason = computed<string | null>(() => {
    if (this.days().length === 0) return 'No data in this period';
    return this.series().length > 0 ? null : 'No activity with any tool in this period';
  });

  readonly fileName = computed(() => chartFileName(`${this.developer()}-${this.metric()}-per-day`, this.period()));

  readonly csv = computed<CsvTable>(() => {
    const series = this.series();
    return {
      header: ['Day', ...series.map((s) => s.label)],
      rows: this.days().map((day, index) => [day, ...series.map((s) => s.values[index] ?? 0)]),
    };
  });

  readonly summary = computed(() => {
    const series = this.series();
    if (series.length === 0) return `${this.emptyReason() ?? ''}.`;
    const unit = this.definition().label.toLowerCase();
    const parts = series.map((s) => `${s.label} ${formatCount(s.values.reduce((sum, v) => sum + v, 0))} ${unit}`);
    return `${this.developer()} over ${this.days().length} days: ${parts.join('; ')}.`;
  });

  readonly chart = computed<HistoryConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    return {
      type: 'line',
      data: {
        labels: this.days(),
        datasets: this.series().map((s) => ({
          label: s.label,
          data: s.values,
          borderColor: palette[TOOL_COLORS[s.source]],
          backgroundColor: palette[TOOL_COLORS[s.source]],
          borderWidth: 2,
          pointRadius: 0,
          pointHoverRadius: 4,
          tension: 0.2,
        })),
      },
      options: timeSeriesOptions(look, {
        valueAxes: { y: countAxis(look, { wholeNumbers: true }) },
        label: seriesCountLabel,
      }),
    };
  });
}
