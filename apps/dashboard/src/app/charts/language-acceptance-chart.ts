import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { MIN_GENERATIONS_FOR_RATE, metricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DimensionAggregate } from './chart-data';
import { ChartTheme } from './chart-theme';
import {
  ratedCsv,
  ratedDimensions,
  ratedEmptyReason,
  ratedSummary,
  rateBarConfiguration,
} from './dimension-rate-config';

/** Languages on the chart: the most used among those with a rate. */
export const TOP_RATED_LANGUAGES = 15;

/**
 * Chart 13: acceptance rate of the 15 most used languages that have at least 50 generations, highest rate first.
 */
@Component({
  selector: 'app-language-acceptance-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Acceptance rate by language"
      description="Share of generations accepted in each of the 15 most used languages."
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
export class LanguageAcceptanceChart {
  readonly languages = input.required<readonly DimensionAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['acceptanceRate', 'byLanguage'] as const).map(metricDefinition);
  protected readonly caveat = `Only languages with ${MIN_GENERATIONS_FOR_RATE} or more generations are shown.`;

  readonly rated = computed(() => ratedDimensions(this.languages(), (row) => row.label, TOP_RATED_LANGUAGES));
  protected readonly chartHeight = computed(() => Math.max(160, this.rated().length * 26 + 70));

  readonly emptyReason = computed(() => ratedEmptyReason(this.languages(), this.rated(), 'language'));
  readonly fileName = computed(() => chartFileName('acceptance-rate-by-language', this.period()));
  readonly csv = computed(() => ratedCsv('Language', this.rated()));
  readonly summary = computed(() => ratedSummary('language', this.rated()));
  readonly chart = computed(() => rateBarConfiguration(this.rated(), this.look()));
}
