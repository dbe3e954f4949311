import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, formatQuantity, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DayAggregate, inDayOrder } from './chart-data';
import { formatLongDay } from './chart-format';
import { countAxis } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';
import { timeSeriesOptions } from './time-series-options';

type ActiveConfiguration = ChartConfiguration<'bar', number[], string>;

/** Chart 4: developers with an active day (at least one interaction or generation), per day. */
@Component({
  selector: 'app-active-developers-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Active developers per day"
      description="Developers with at least one prompt or one generation that day."
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
export class ActiveDevelopersChart {
  readonly days = input.required<readonly DayAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = [metricDefinition('activeUsers')];

  private readonly sortedDays = computed(() => inDayOrder(this.days()));

  readonly emptyReason = computed<string | null>(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period';
    return days.some((d) => d.activeUsers > 0) ? null : 'No developer was active in this period';
  });

  readonly fileName = computed(() => chartFileName('active-developers', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Day', 'Active developers'],
    rows: this.sortedDays().map((d) => [d.day, d.activeUsers]),
  }));

  readonly summary = computed(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period.';
    const peak = days.reduce((best, d) => (d.activeUsers > best.activeUsers ? d : best));
    const mean = days.reduce((t, d) => t + d.activeUsers, 0) / days.length;
    return (
      `On average ${formatCount(Math.round(mean))} developers were active per day over ${days.length} days; ` +
      `the most were ${formatQuantity(peak.activeUsers, 'developer')} on ${formatLongDay(peak.day)}.`
    );
  });

  readonly chart = computed<ActiveConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const days = this.sortedDays();
    return {
      type: 'bar',
      data: {
        labels: days.map((d) => d.day),
        datasets: [
          {
            label: 'Active developers',
            data: days.map((d) => d.activeUsers),
            backgroundColor: palette.teal,
            borderRadius: 3,
            maxBarThickness: 28,
          },
        ],
      },
      options: timeSeriesOptions(look, {
        valueAxes: { y: countAxis(look, { wholeNumbers: true }) },
        label: (item) => formatQuantity(item.parsed.y ?? 0, 'active developer'),
        legend: false,
        wholeDay: false,
      }),
    };
  });
}
