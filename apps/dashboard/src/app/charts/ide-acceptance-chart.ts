import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ideLabel, MIN_GENERATIONS_FOR_RATE, metricDefinition } from '@devpulse/domain';
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

/** Chart 12: acceptance rate per IDE, for IDEs with at least 50 generations, highest first. */
@Component({
  selector: 'app-ide-acceptance-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Acceptance rate by IDE"
      description="Share of generations accepted in each IDE."
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
export class IdeAcceptanceChart {
  readonly ides = input.required<readonly DimensionAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['acceptanceRate', 'byIde'] as const).map(metricDefinition);
  protected readonly caveat = `Only IDEs with ${MIN_GENERATIONS_FOR_RATE} or more generations are shown.`;

  readonly rated = computed(() => ratedDimensions(this.ides(), (row) => ideLabel(row.key), null));
  protected readonly chartHeight = computed(() => Math.max(160, this.rated().length * 30 + 70));

  readonly emptyReason = computed(() => ratedEmptyReason(this.ides(), this.rated(), 'IDE'));
  readonly fileName = computed(() => chartFileName('acceptance-rate-by-ide', this.period()));
  readonly csv = computed(() => ratedCsv('IDE', this.rated()));
  readonly summary = computed(() => ratedSummary('IDE', this.rated()));
  readonly chart = computed(() => rateBarConfiguration(this.rated(), this.look()));
}
