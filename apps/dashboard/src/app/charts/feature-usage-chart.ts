import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { featureLabel, formatCount, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type DimensionAggregate } from './chart-data';
import { formatRate } from './chart-format';
import { baseOptions, categoryAxis, countAxis, legendOptions, seriesCountLabel, tooltipStyle } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';
import { byGenerationsDescending } from './share-slices';

type FeatureConfiguration = ChartConfiguration<'bar', number[], string>;

/** Chart 11: generations and acceptances per feature (Code Completion, Chat · Agent, ...), most used first. */
@Component({
  selector: 'app-feature-usage-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Feature usage"
      description="Generations and acceptances per Copilot feature."
      caveat="Agent and edit modes write code without an accept action, so they show generations with few acceptances."
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
export class FeatureUsageChart {
  readonly features = input.required<readonly DimensionAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['byFeature', 'totalAcceptances'] as const).map(metricDefinition);

  /** Features with any generation or acceptance, labelled by the domain, most generations first. */
  readonly rows = computed(() =>
    this.features()
      .filter((f) => f.generations > 0 || f.acceptances > 0)
      .map((f) => ({ ...f, label: featureLabel(f.key) }))
      .sort(byGenerationsDescending),
  );

  readonly emptyReason = computed<string | null>(() => {
    if (this.features().length === 0) return 'No data in this period';
    return this.rows().length > 0 ? null : 'No feature was used in this period';
  });

  readonly fileName = computed(() => chartFileName('feature-usage', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Feature', 'Key', 'Generations', 'Acceptances', 'Acceptance rate'],
    rows: this.rows().map((f) => [f.label, f.key, f.generations, f.acceptances, f.acceptanceRate]),
  }));

  readonly summary = computed(() => {
    const rows = this.rows();
    if (rows.length === 0) return 'No feature was used in this period.';
    return `Generations by feature: ${rows.map((f) => `${f.label} ${formatCount(f.generations)}`).join(', ')}.`;
  });

  readonly chart = computed<FeatureConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const rows = this.rows();
    return {
      type: 'bar',
      data: {
        labels: rows.map((f) => f.label),
        datasets: [
          {
            label: 'Generations',
            data: rows.map((f) => f.generations),
            backgroundColor: palette.indigo,
            borderRadius: 3,
            maxBarThickness: 32,
          },
          {
            label: 'Acceptances',
            data: rows.map((f) => f.acceptances),
            backgroundColor: palette.teal,
            borderRadius: 3,
            maxBarThickness: 32,
          },
        ],
      },
      options: {
        ...baseOptions(look),
        interaction: { mode: 'index', intersect: false },
        scales: { x: categoryAxis(look), y: countAxis(look) },
        plugins: {
          legend: legendOptions(look),
          tooltip: {
            ...tooltipStyle(look),
            callbacks: {
              label: seriesCountLabel,
              footer: (items: TooltipItem<'bar'>[]) => {
                const feature = rows[items[0]?.dataIndex ?? -1];
                return feature === undefined ? '' : `Acceptance rate: ${formatRate(feature.acceptanceRate)}`;
              },
            },
          },
        },
      },
    };
  });
}
