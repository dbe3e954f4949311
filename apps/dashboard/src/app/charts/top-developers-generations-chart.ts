import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, MIN_GENERATIONS_FOR_RATE, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ACCEPTANCE_BANDS, acceptanceBand, acceptanceBandColor } from './acceptance-band';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, developerLabel, type UserAggregate } from './chart-data';
import { formatCountTick, formatRate } from './chart-format';
import { acceptanceBandLegend, axisStyle, baseOptions, tooltipStyle, type ChartLook } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';
import { TOP_DEVELOPERS, topDevelopers } from './top-developers';

type TopConfiguration = ChartConfiguration<'bar', number[], string>;

/**
 * Chart 5: the 15 developers with the most generations, each bar coloured by acceptance rate: green at 70% and
 * above, indigo from 20% to below 70%, amber below 20%, grey when the rate is not shown (under 50 generations).
 */
@Component({
  selector: 'app-top-developers-generations-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Top 15 developers by generations"
      description="Developers with the most generations; bar colour shows their acceptance rate."
      [caveat]="caveat"
      [definitions]="definitions"
      [emptyReason]="emptyReason()"
      [csv]="csv()"
      [fileName]="fileName()"
      [summary]="summary()"
      [chartHeight]="chartHeight()"
    >
      @if (emptyReason() === null) {
        <canvas baseChart [type]="chart().type" [data]="chart().data" [options]="chart().options"></canvas>
      }
    </app-chart-card>
  `,
})
export class TopDevelopersGenerationsChart {
  readonly users = input.required<readonly UserAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly theme = inject(ChartTheme);
  private readonly look = computed<ChartLook>(() => ({
    palette: this.theme.palette(),
    reducedMotion: this.theme.reducedMotion(),
  }));

  protected readonly definitions = (['totalGenerations', 'acceptanceRate'] as const).map(metricDefinition);
  protected readonly caveat = `Grey bars: fewer than ${MIN_GENERATIONS_FOR_RATE} generations, too few for a rate.`;

  /** The developers drawn, in bar order. */
  readonly top = computed(() => topDevelopers(this.users(), (u) => u.generations, TOP_DEVELOPERS));
  protected readonly chartHeight = computed(() => Math.max(200, this.top().length * 26 + 70));

  readonly emptyReason = computed<string | null>(() => {
    if (this.users().length === 0) return 'No data in this period';
    return this.top().length > 0 ? null : 'No generations in this period';
  });

  readonly fileName = computed(() => chartFileName('top-developers-by-generations', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Developer', 'Name', 'Generations', 'Acceptances', 'Acceptance rate'],
    rows: this.top().map((u) => [
      developerLabel(u.developer),
      u.developer.displayName,
      u.generations,
      u.acceptances,
      u.acceptanceRate,
    ]),
  }));

  readonly summary = computed(() => {
    const top = this.top();
    const first = top[0];
    if (first === undefined) return 'No generations in this period.';
    return (
      `The ${top.length} developers with the most generations; first is ${developerLabel(first.developer)} with ` +
      `${formatCount(first.generations)} generations and an acceptance rate of ${formatRate(first.acceptanceRate)}.`
    );
  });

  readonly chart = computed<TopConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const top = this.top();
    return {
      type: 'bar',
      data: {
        labels: top.map((u) => developerLabel(u.developer)),
        datasets: [
          {
            label: 'Generations',
            data: top.map((u) => u.generations),
            backgroundColor: top.map((u) => acceptanceBandColor(acceptanceBand(u.acceptanceRate), palette)),
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
            beginAtZero: true,
            ticks: { color: palette.textMuted, callback: formatCountTick },
          },
          y: { ...axisStyle(look), grid: { display: false } },
        },
        plugins: {
          legend: acceptanceBandLegend(look, ACCEPTANCE_BANDS),
          tooltip: {
            ...tooltipStyle(look),
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const user = top[item.dataIndex];
                if (user === undefined) return '';
                return [
                  `Generations: ${formatCount(user.generations)}`,
                  `Acceptances: ${formatCount(user.acceptances)}`,
                  `Acceptance rate: ${formatRate(user.acceptanceRate)}`,
                ];
              },
            },
          },
        },
      },
    };
  });
}
