import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { metricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DimensionAggregate } from './chart-data';
import { ChartTheme } from './chart-theme';
import { shareChartConfiguration, shareCsv, shareEmptyReason, shareSummary } from './share-chart-config';
import { shareSlices } from './share-slices';

const BY_MODEL = metricDefinition('byModel');

/** Models drawn by name; more would exhaust the palette, so the rest are one "Other" slice. */
export const TOP_MODELS = 10;

/** Chart 14: each model's share of the generations attributed to a model. */
@Component({
  selector: 'app-model-share-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Model share"
      description="Share of generations by AI model."
      [caveat]="caveat"
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
export class ModelShareChart {
  readonly models = input.required<readonly DimensionAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = [BY_MODEL];
  protected readonly caveat = BY_MODEL.caveats[0] ?? null;

  readonly slices = computed(() => shareSlices(this.models(), TOP_MODELS, 'models'));

  readonly emptyReason = computed(() => shareEmptyReason(this.models(), this.slices(), 'a model'));
  readonly fileName = computed(() => chartFileName('model-share', this.period()));
  readonly csv = computed(() => shareCsv('Model', this.slices()));
  readonly summary = computed(() => shareSummary('model', this.slices()));
  readonly chart = computed(() => shareChartConfiguration('pie', this.slices(), this.look()));
}
