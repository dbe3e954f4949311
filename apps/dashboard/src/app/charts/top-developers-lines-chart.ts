import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, metricDefinition } from '@devpulse/domain';
import { BaseChartDirective } from 'ng2-charts';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, developerLabel, type UserAggregate } from './chart-data';
import { countAxis, legendOptions } from './chart-options';
import { ChartTheme } from './chart-theme';
import type { CsvTable } from './csv';
import { horizontalBarConfiguration } from './horizontal-bar-config';
import { TOP_DEVELOPERS, topDevelopers } from './top-developers';

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

  private readonly look = inject(ChartTheme).look;

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

  readonly chart = computed(() => {
    const look = this.look();
    return horizontalBarConfiguration(this.top(), look, {
      series: 'Lines added',
      label: (u) => developerLabel(u.developer),
      value: (u) => u.linesAdded,
      color: look.palette.green,
      valueAxis: countAxis(look),
      legend: legendOptions(look, false),
      tooltip: (u) => [
        `Lines added: ${formatCount(u.linesAdded)}`,
        `Lines deleted: ${formatCount(u.linesDeleted)}`,
        `Net lines: ${formatCount(u.linesAdded - u.linesDeleted)}`,
      ],
    });
  });
}
