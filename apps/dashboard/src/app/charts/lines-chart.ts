import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DayAggregate, inDayOrder } from './chart-data';
import { countAxis, seriesCountLabel } from './chart-options';
import { ChartTheme, withAlpha } from './chart-theme';
import type { CsvTable } from './csv';
import { timeSeriesOptions } from './time-series-options';

type LinesConfiguration = ChartConfiguration<'line', number[], string>;

/** Chart 2: lines added and deleted per day as filled areas, with net lines in the tooltip. */
@Component({
  selector: 'app-lines-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Lines added and deleted"
      description="Per day: lines the AI wrote into files and lines it removed."
      [definitions]="definitions"
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
export class LinesChart {
  readonly days = input.required<readonly DayAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['linesAdded', 'linesDeleted', 'netLines'] as const).map(metricDefinition);

  private readonly sortedDays = computed(() => inDayOrder(this.days()));

  readonly emptyReason = computed<string | null>(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period';
    return days.some((d) => d.linesAdded + d.linesDeleted > 0) ? null : 'No lines added or deleted in this period';
  });

  readonly fileName = computed(() => chartFileName('lines-added-deleted', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Day', 'Lines added', 'Lines deleted', 'Net lines'],
    rows: this.sortedDays().map((d) => [d.day, d.linesAdded, d.linesDeleted, d.linesAdded - d.linesDeleted]),
  }));

  readonly summary = computed(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period.';
    const added = days.reduce((t, d) => t + d.linesAdded, 0);
    const deleted = days.reduce((t, d) => t + d.linesDeleted, 0);
    return (
      `Over ${days.length} days: ${formatCount(added)} lines added and ${formatCount(deleted)} lines deleted, ` +
      `${formatCount(added - deleted)} net lines.`
    );
  });

  readonly chart = computed<LinesConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const days = this.sortedDays();
    const area = (label: string, color: string, values: number[]): LinesConfiguration['data']['datasets'][number] => ({
      label,
      data: values,
      fill: 'origin',
      borderColor: color,
      backgroundColor: withAlpha(color, 0.25),
      borderWidth: 2,
      pointRadius: 0,
      pointHoverRadius: 4,
      tension: 0.25,
    });
    return {
      type: 'line',
      data: {
        labels: days.map((d) => d.day),
        datasets: [
          area(
            'Lines added',
            palette.green,
            days.map((d) => d.linesAdded),
          ),
          area(
            'Lines deleted',
            palette.rose,
            days.map((d) => d.linesDeleted),
          ),
        ],
      },
      options: timeSeriesOptions(look, {
        valueAxes: { y: countAxis(look) },
        label: seriesCountLabel,
        footer: (items) => {
          const d = days[items[0]?.dataIndex ?? -1];
          return d === undefined ? '' : `Net: ${formatCount(d.linesAdded - d.linesDeleted)}`;
        },
      }),
    };
  });
}
