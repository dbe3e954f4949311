import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { ENGAGEMENT_BUCKETS, formatQuantity, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, type EngagementBucket } from './chart-data';
import { formatShare } from './chart-format';
import { axisTitle, baseOptions, categoryAxis, countAxis, legendOptions, tooltipStyle } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';

type EngagementConfiguration = ChartConfiguration<'bar', number[], string>;

/** `2-5` → `2–5 days`, `1` → `1 day`. */
export function engagementBucketLabel(bucket: string): string {
  return bucket === '1' ? '1 day' : `${bucket.replace('-', '–')} days`;
}

/** Chart 8: how many developers were active on 1, 2–5, 6–10, 11–20 or 21+ days of the period. */
@Component({
  selector: 'app-engagement-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Engagement"
      description="Developers by the number of days they used an AI tool in the period."
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
export class EngagementChart {
  readonly engagement = input.required<readonly EngagementBucket[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['engagement', 'daysActive'] as const).map(metricDefinition);

  /** All five buckets in order; a bucket the API left out counts 0. */
  readonly buckets = computed(() =>
    ENGAGEMENT_BUCKETS.map((bucket) => ({
      bucket,
      developers: this.engagement()
        .filter((b) => b.bucket === bucket)
        .reduce((sum, b) => sum + b.developers, 0),
    })),
  );
  private readonly total = computed(() => this.buckets().reduce((sum, b) => sum + b.developers, 0));

  readonly emptyReason = computed<string | null>(() => {
    if (this.engagement().length === 0) return 'No data in this period';
    return this.total() > 0 ? null : 'No developer was active in this period';
  });

  readonly fileName = computed(() => chartFileName('engagement', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Active days', 'Developers'],
    rows: this.buckets().map((b) => [b.bucket, b.developers]),
  }));

  readonly summary = computed(() => {
    const total = this.total();
    if (total === 0) return 'No developer was active in this period.';
    const parts = this.buckets().map(
      (b) => `${formatQuantity(b.developers, 'developer')} on ${engagementBucketLabel(b.bucket)}`,
    );
    return `Of ${formatQuantity(total, 'active developer')}: ${parts.join(', ')}.`;
  });

  readonly chart = computed<EngagementConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const buckets = this.buckets();
    const total = this.total();
    return {
      type: 'bar',
      data: {
        labels: buckets.map((b) => engagementBucketLabel(b.bucket)),
        datasets: [
          {
            label: 'Developers',
            data: buckets.map((b) => b.developers),
            backgroundColor: palette.indigo,
            borderRadius: 3,
            maxBarThickness: 56,
          },
        ],
      },
      options: {
        ...baseOptions(look),
        scales: {
          x: { ...categoryAxis(look), title: axisTitle(look, 'Active days in the period') },
          y: countAxis(look, { wholeNumbers: true }),
        },
        plugins: {
          legend: legendOptions(look, false),
          tooltip: {
            ...tooltipStyle(look),
            callbacks: {
              title: (items: TooltipItem<'bar'>[]) => `Active on ${items[0]?.label ?? ''}`,
              label: (item: TooltipItem<'bar'>) => {
                const developers = item.parsed.y ?? 0;
                const share = total > 0 ? ` (${formatShare(developers / total)})` : '';
                return `${formatQuantity(developers, 'developer')}${share}`;
              },
            },
          },
        },
      },
    };
  });
}
