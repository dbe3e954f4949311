import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { metricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DimensionAggregate } from './chart-data';
import { ChartTheme } from './chart-theme';
import { shareChartConfiguration, shareCsv, shareEmptyReason, shareSummary } from './share-chart-config';
import { shareSlices } from './share-slices';

/** Languages drawn by name; the rest are one "Other" slice. */
export const TOP_LANGUAGES = 10;

/** Chart 10: the 10 languages with the most generations, the rest grouped as "Other". */
@Component({
  selector: 'app-language-share-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Language share"
      description="Share of generations by programming language: the top 10, then all others."
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
export class LanguageShareChart {
  readonly languages = input.required<readonly DimensionAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = [metricDefinition('byLanguage')];

  /** The top 10 languages by generations, then "Other (n languages)". */
  readonly slices = computed(() => shareSlices(this.languages(), TOP_LANGUAGES, 'languages'));

  readonly emptyReason = computed(() => shareEmptyReason(this.languages(), this.slices(), 'a language'));
  readonly fileName = computed(() => chartFileName('language-share', this.period()));
  readonly csv = computed(() => shareCsv('Language', this.slices()));
  readonly summary = computed(() => shareSummary('language', this.slices()));
  readonly chart = computed(() => shareChartConfiguration('doughnut', this.slices(), this.look()));
}
