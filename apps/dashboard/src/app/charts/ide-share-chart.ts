import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ideLabel, metricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DimensionAggregate } from './chart-data';
import { ChartTheme } from './chart-theme';
import { shareChartConfiguration, shareCsv, shareEmptyReason, shareSummary } from './share-chart-config';
import { shareSlices } from './share-slices';

const BY_IDE = metricDefinition('byIde');

/** Chart 9: each IDE's share of the generations attributed to an IDE. */
@Component({
  selector: 'app-ide-share-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="IDE share"
      description="Share of generations by IDE."
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
export class IdeShareChart {
  readonly ides = input.required<readonly DimensionAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = [BY_IDE];
  protected readonly caveat = BY_IDE.caveats[0] ?? null;

  /** Every IDE with generations, largest first. */
  readonly slices = computed(() =>
    shareSlices(
      this.ides().map((d) => ({ ...d, label: ideLabel(d.key) })),
      null,
      'IDEs',
    ),
  );

  readonly emptyReason = computed(() => shareEmptyReason(this.ides(), this.slices(), 'an IDE'));
  readonly fileName = computed(() => chartFileName('ide-share', this.period()));
  readonly csv = computed(() => shareCsv('IDE', this.slices()));
  readonly summary = computed(() => shareSummary('IDE', this.slices()));
  readonly chart = computed(() => shareChartConfiguration('doughnut', this.slices(), this.look()));
}
