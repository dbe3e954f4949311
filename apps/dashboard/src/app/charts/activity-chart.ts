import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DayAggregate, inDayOrder } from './chart-data';
import { formatLongDay } from './chart-format';
import { axisTitle, countAxis, seriesCountLabel } from './chart-options';
import { ChartTheme, withAlpha } from './chart-theme';
import type { CsvTable } from './csv';
import { timeSeriesOptions } from './time-series-options';

type ActivityConfiguration = ChartConfiguration<'line', number[], string>;

/** Chart 1: daily generations and chat interactions (left axis) with lines added and deleted (right axis). */
@Component({
  selector: 'app-activity-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Activity over time"
      description="Per day: generations and chat interactions (left axis), lines added and deleted by the AI (right axis)."
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
export class ActivityChart {
  readonly days = input.required<readonly DayAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['totalGenerations', 'interactions', 'linesAdded', 'linesDeleted'] as const).map(
    metricDefinition,
  );

  private readonly sortedDays = computed(() => inDayOrder(this.days()));

  readonly emptyReason = computed<string | null>(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period';
    const active = days.some((d) => d.generations + d.interactions + d.linesAdded + d.linesDeleted > 0);
    return active ? null : 'No AI activity in this period';
  });

  readonly fileName = computed(() => chartFileName('activity-over-time', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Day', 'Generations', 'Interactions', 'Lines added', 'Lines deleted'],
    rows: this.sortedDays().map((d) => [d.day, d.generations, d.interactions, d.linesAdded, d.linesDeleted]),
  }));

  readonly summary = computed(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period.';
    const sum = (pick: (d: DayAggregate) => number): string => formatCount(days.reduce((t, d) => t + pick(d), 0));
    const busiest = days.reduce((best, d) => (d.generations > best.generations ? d : best));
    return (
      `Over ${days.length} days from ${formatLongDay(days[0]?.day ?? '')} to ${formatLongDay(days.at(-1)?.day ?? '')}: ` +
      `${sum((d) => d.generations)} generations, ${sum((d) => d.interactions)} interactions, ` +
      `${sum((d) => d.linesAdded)} lines added and ${sum((d) => d.linesDeleted)} lines deleted. ` +
      `Most generations on ${formatLongDay(busiest.day)} (${formatCount(busiest.generations)}).`
    );
  });

  readonly chart = computed<ActivityConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const days = this.sortedDays();
    const series = (
      label: string,
      color: string,
      axis: 'y' | 'y1',
      pick: (d: DayAggregate) => number,
    ): ActivityConfiguration['data']['datasets'][number] => ({
      label,
      data: days.map(pick),
      yAxisID: axis,
      borderColor: color,
      backgroundColor: withAlpha(color, 0.15),
      borderWidth: 2,
      // Lines (right axis) are dashed so each series reads against its own axis.
      borderDash: axis === 'y1' ? [6, 4] : [],
      pointRadius: days.length > 45 ? 0 : 2,
      pointHoverRadius: 4,
      tension: 0.25,
    });
    return {
      type: 'line',
      data: {
        labels: days.map((d) => d.day),
        datasets: [
          series('Generations', palette.indigo, 'y', (d) => d.generations),
          series('Interactions', palette.teal, 'y', (d) => d.interactions),
          series('Lines added', palette.green, 'y1', (d) => d.linesAdded),
          series('Lines deleted', palette.rose, 'y1', (d) => d.linesDeleted),
        ],
      },
      options: timeSeriesOptions(look, {
        valueAxes: {
          y: { ...countAxis(look), position: 'left', title: axisTitle(look, 'Generations · interactions') },
          y1: {
            ...countAxis(look),
            position: 'right',
            grid: { drawOnChartArea: false },
            title: axisTitle(look, 'Lines'),
          },
        },
        label: seriesCountLabel,
      }),
    };
  });
}
