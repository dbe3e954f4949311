import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DayAggregate, inDayOrder } from './chart-data';
import { formatRate } from './chart-format';
import { rateAxis } from './chart-options';
import { ChartTheme, withAlpha } from './chart-theme';
import type { CsvTable } from './csv';
import { timeSeriesOptions } from './time-series-options';
import { trailingAcceptanceRates } from './trailing-acceptance-rate';

type RateConfiguration = ChartConfiguration<'line', (number | null)[], string>;

/**
 * Chart 3: the daily acceptance rate and its 7-day rate (Σ acceptances ÷ Σ generations over the trailing 7 days).
 * Days without generations have no rate: they are gaps in the line, never drawn as 0%.
 */
@Component({
  selector: 'app-acceptance-rate-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Acceptance rate"
      description="Share of generations accepted, per day and over the trailing 7 days."
      caveat="Days without generations have no rate and are left as gaps. The 7-day line divides the week's acceptances by its generations."
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
export class AcceptanceRateChart {
  readonly days = input.required<readonly DayAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['acceptanceRate', 'totalAcceptances', 'totalGenerations'] as const).map(
    metricDefinition,
  );

  private readonly sortedDays = computed(() => inDayOrder(this.days()));
  /** The 7-day rate for each day, aligned with `sortedDays`. */
  readonly trailing = computed(() => trailingAcceptanceRates(this.sortedDays()));

  readonly emptyReason = computed<string | null>(() => {
    const days = this.sortedDays();
    if (days.length === 0) return 'No data in this period';
    return days.some((d) => d.generations > 0) ? null : 'No code completions in this period';
  });

  readonly fileName = computed(() => chartFileName('acceptance-rate', this.period()));

  readonly csv = computed<CsvTable>(() => {
    const trailing = this.trailing();
    return {
      header: [
        'Day',
        'Generations',
        'Acceptances',
        'Acceptance rate',
        '7-day generations',
        '7-day acceptances',
        '7-day acceptance rate',
      ],
      rows: this.sortedDays().map((d, i) => [
        d.day,
        d.generations,
        d.acceptances,
        d.acceptanceRate,
        trailing[i]?.generations ?? null,
        trailing[i]?.acceptances ?? null,
        trailing[i]?.rate ?? null,
      ]),
    };
  });

  readonly summary = computed(() => {
    const days = this.sortedDays();
    const generations = days.reduce((t, d) => t + d.generations, 0);
    const acceptances = days.reduce((t, d) => t + d.acceptances, 0);
    if (generations === 0) return 'No code completions in this period, so there is no acceptance rate.';
    const last = this.trailing().at(-1);
    const gaps = days.filter((d) => d.acceptanceRate === null).length;
    return (
      `${formatCount(acceptances)} of ${formatCount(generations)} generations accepted ` +
      `(${formatRate(acceptances / generations)}) over ${days.length} days. ` +
      `7-day rate on the last day: ${formatRate(last?.rate ?? null)}.` +
      (gaps > 0 ? ` ${gaps} ${gaps === 1 ? 'day has' : 'days have'} no generations and no rate.` : '')
    );
  });

  readonly chart = computed<RateConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const days = this.sortedDays();
    const trailing = this.trailing();
    return {
      type: 'line',
      data: {
        labels: days.map((d) => d.day),
        datasets: [
          {
            label: 'Daily rate',
            data: days.map((d) => d.acceptanceRate),
            spanGaps: false,
            borderColor: withAlpha(palette.indigo, 0.55),
            backgroundColor: palette.indigo,
            borderWidth: 1,
            pointRadius: 2.5,
            pointHoverRadius: 5,
          },
          {
            label: '7-day rate',
            data: trailing.map((t) => t.rate),
            spanGaps: false,
            borderColor: palette.teal,
            backgroundColor: palette.teal,
            borderWidth: 3,
            pointRadius: 0,
            pointHoverRadius: 4,
            tension: 0.3,
          },
        ],
      },
      options: timeSeriesOptions(look, {
        valueAxes: { y: rateAxis(look) },
        label: (item) => {
          const index = item.dataIndex;
          if (item.datasetIndex === 0) {
            const d = days[index];
            return d === undefined
              ? ''
              : `Daily rate: ${formatRate(d.acceptanceRate)} (${formatCount(d.acceptances)} of ${formatCount(d.generations)})`;
          }
          const t = trailing[index];
          return t === undefined
            ? ''
            : `7-day rate: ${formatRate(t.rate)} (${formatCount(t.acceptances)} of ${formatCount(t.generations)})`;
        },
      }),
    };
  });
}
