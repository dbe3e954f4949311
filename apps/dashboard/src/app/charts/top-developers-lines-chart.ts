import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, developerLabel, type UserAggregate } from './chart-data';
import { formatCountTick } from './chart-format';
import { axisStyle, baseOptions, legendOptions, tooltipStyle, type ChartLook } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';
import { TOP_DEVELOPERS, topDevelopers } from './top-developers';

type TopConfiguration = ChartConfiguration<'bar', number[], string>;

/** Chart 6: the 15 developers whose AI tools added the most lines, with deletions and net lines in the tooltip. */
@Component({
  selector: 'app-top-developers-lines-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Top 15 developers by lines added"
      description="Developers whose AI tools wrote the most lines into files."
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
export class TopDevelopersLinesChart {
  readonly users = input.required<readonly UserAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly theme = inject(ChartTheme);
  private readonly look = computed<ChartLook>(() => ({
    palette: this.theme.palette(),
    reducedMotion: this.theme.reducedMotion(),
  }));

  protected readonly definitions = (['linesAdded', 'linesDeleted', 'netLines'] as const).map(metricDefinition);

  /** The developers drawn, in bar order. */
  readonly top = computed(() => topDevelopers(this.users(), (u) => u.linesAdded, TOP_DEVELOPERS));
  protected readonly chartHeight = computed(() => Math.max(200, this.top().length * 26 + 50));

  readonly emptyReason = computed<string | null>(() => {
    if (this.users().length === 0) return 'No data in this period';
    return this.top().length > 0 ? null : 'No lines added in this period';
  });

  readonly fileName = computed(() => chartFileName('top-developers-by-lines-added', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Developer', 'Name', 'Lines added', 'Lines deleted', 'Net lines'],
    rows: this.top().map((u) => [
      developerLabel(u.developer),
      u.developer.displayName,
      u.linesAdded,
      u.linesDeleted,
      u.linesAdded - u.linesDeleted,
    ]),
  }));

  readonly summary = computed(() => {
    const top = this.top();
    const first = top[0];
    if (first === undefined) return 'No lines added in this period.';
    return (
      `The ${top.length} developers with the most lines added; first is ${developerLabel(first.developer)} with ` +
      `${formatCount(first.linesAdded)} lines added and ${formatCount(first.linesDeleted)} deleted.`
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
            label: 'Lines added',
            data: top.map((u) => u.linesAdded),
            backgroundColor: palette.green,
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
          legend: legendOptions(look, false),
          tooltip: {
            ...tooltipStyle(look),
            callbacks: {
              label: (item: TooltipItem<'bar'>) => {
                const user = top[item.dataIndex];
                if (user === undefined) return '';
                return [
                  `Lines added: ${formatCount(user.linesAdded)}`,
                  `Lines deleted: ${formatCount(user.linesDeleted)}`,
                  `Net lines: ${formatCount(user.linesAdded - user.linesDeleted)}`,
                ];
              },
            },
          },
        },
      },
    };
  });
}
