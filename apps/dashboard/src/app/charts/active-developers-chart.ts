import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, formatQuantity, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration, Scale, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DayAggregate } from './chart-data';
import { formatCountTick, formatLongDay, formatShortDay } from './chart-format';
import { axisStyle, baseOptions, legendOptions, tooltipStyle, type ChartLook } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';

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

  private readonly theme = inject(ChartTheme);
  private readonly look = computed<ChartLook>(() => ({
    palette: this.theme.palette(),
    reducedMotion: this.theme.reducedMotion(),
  }));

  protected readonly definitions = [metricDefinition('activeUsers')];

  private readonly sortedDays = computed(() => [...this.days()].sort((a, b) => a.day.localeCompare(b.day)));

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
      options: {
        ...baseOptions(look),
        scales: {
          x: {
            ...axisStyle(look),
            grid: { display: false },
            ticks: {
              color: palette.textMuted,
              maxRotation: 0,
              autoSkipPadding: 12,
              callback(this: Scale, value) {
                return formatShortDay(this.getLabelForValue(Number(value)));
              },
            },
          },
          y: {
            ...axisStyle(look),
            beginAtZero: true,
            ticks: { color: palette.textMuted, precision: 0, callback: formatCountTick },
          },
        },
        plugins: {
          legend: legendOptions(look, false),
          tooltip: {
            ...tooltipStyle(look),
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => formatLongDay(items[0]?.label ?? ''),
              label: (item: TooltipItem<'bar'>) => formatQuantity(item.parsed.y ?? 0, 'active developer'),
            },
          },
        },
      },
    };
  });
}
