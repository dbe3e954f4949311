import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, MIN_GENERATIONS_FOR_RATE, metricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ACCEPTANCE_BANDS, acceptanceBand, acceptanceBandColor } from './acceptance-band';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, developerLabel, type UserAggregate } from './chart-data';
import { formatRate } from './chart-format';
import { acceptanceBandLegend, countAxis } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';
import { horizontalBarConfiguration } from './horizontal-bar-config';
import { TOP_DEVELOPERS, topDevelopers } from './top-developers';

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

  private readonly look = inject(ChartTheme).look;

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

  readonly chart = computed(() => {
    const look = this.look();
    return horizontalBarConfiguration(this.top(), look, {
      series: 'Generations',
      label: (u) => developerLabel(u.developer),
      value: (u) => u.generations,
      color: (u) => acceptanceBandColor(acceptanceBand(u.acceptanceRate), look.palette),
      valueAxis: countAxis(look),
      legend: acceptanceBandLegend(look, ACCEPTANCE_BANDS),
      tooltip: (u) => [
        `Generations: ${formatCount(u.generations)}`,
        `Acceptances: ${formatCount(u.acceptances)}`,
        `Acceptance rate: ${formatRate(u.acceptanceRate)}`,
      ],
    });
  });
}
