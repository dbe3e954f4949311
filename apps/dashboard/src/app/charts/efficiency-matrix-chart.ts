import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { formatCount, MIN_GENERATIONS_FOR_RATE, metricDefinition } from '@devpulse/domain';
import type { ChartConfiguration, TooltipItem } from 'chart.js';
import { BaseChartDirective } from 'ng2-charts';
import { acceptanceBand, acceptanceBandColor, type AcceptanceBand } from './acceptance-band';
import { ChartCard } from './chart-card';
import { chartFileName, type ChartPeriod, developerLabel, type UserAggregate } from './chart-data';
import { formatRate } from './chart-format';
import { acceptanceBandLegend, axisTitle, baseOptions, countAxis, rateAxis, tooltipStyle } from './chart-options';
import { ChartTheme, withAlpha } from './chart-theme';
import type { CsvTable } from './csv';

type MatrixConfiguration = ChartConfiguration<'scatter', { x: number; y: number }[], string>;

/** A rated developer on the matrix. */
export interface MatrixPoint {
  user: UserAggregate;
  rate: number;
}

const MATRIX_BANDS: readonly AcceptanceBand[] = ['high', 'medium', 'low'];

/**
 * Chart 7: usage against acceptance, one point per developer with at least 50 generations (below that the API
 * reports no rate). Top right: heavy use that is mostly accepted; bottom right: heavy use that is mostly discarded.
 */
@Component({
  selector: 'app-efficiency-matrix-chart',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [BaseChartDirective, ChartCard],
  template: `
    <app-chart-card
      heading="Efficiency matrix"
      description="Each point is a developer: generations across, acceptance rate up."
      [caveat]="caveat"
      [definitions]="definitions"
      [emptyReason]="emptyReason()"
      [csv]="csv()"
      [fileName]="fileName()"
      [summary]="summary()"
      [chartHeight]="320"
    >
      @if (emptyReason() === null) {
        <canvas baseChart [type]="chart().type" [data]="chart().data" [options]="chart().options"></canvas>
      }
    </app-chart-card>
  `,
})
export class EfficiencyMatrixChart {
  readonly users = input.required<readonly UserAggregate[]>();
  readonly period = input<ChartPeriod | null>(null);

  private readonly look = inject(ChartTheme).look;

  protected readonly definitions = (['totalGenerations', 'acceptanceRate'] as const).map(metricDefinition);
  protected readonly caveat = `Only developers with ${MIN_GENERATIONS_FOR_RATE} or more generations are shown.`;

  /** Developers with a rate, by generations descending. */
  readonly points = computed<MatrixPoint[]>(() =>
    this.users()
      .flatMap((user) =>
        user.acceptanceRate !== null && user.generations >= MIN_GENERATIONS_FOR_RATE
          ? [{ user, rate: user.acceptanceRate }]
          : [],
      )
      .sort(
        (a, b) =>
          b.user.generations - a.user.generations ||
          developerLabel(a.user.developer).localeCompare(developerLabel(b.user.developer)),
      ),
  );

  readonly emptyReason = computed<string | null>(() => {
    const users = this.users();
    if (users.length === 0) return 'No data in this period';
    if (!users.some((u) => u.generations > 0)) return 'No code completions in this period';
    return this.points().length > 0 ? null : `No developer has ${MIN_GENERATIONS_FOR_RATE} or more generations yet`;
  });

  readonly fileName = computed(() => chartFileName('efficiency-matrix', this.period()));

  readonly csv = computed<CsvTable>(() => ({
    header: ['Developer', 'Name', 'Generations', 'Acceptances', 'Acceptance rate'],
    rows: this.points().map(({ user, rate }) => [
      developerLabel(user.developer),
      user.developer.displayName,
      user.generations,
      user.acceptances,
      rate,
    ]),
  }));

  readonly summary = computed(() => {
    const points = this.points();
    if (points.length === 0) return `No developer has ${MIN_GENERATIONS_FOR_RATE} or more generations yet.`;
    const count = (band: AcceptanceBand): number => points.filter((p) => acceptanceBand(p.rate) === band).length;
    return (
      `${points.length} developers with ${MIN_GENERATIONS_FOR_RATE} or more generations: ${count('high')} accept ` +
      `70% or more, ${count('medium')} between 20% and 70%, ${count('low')} below 20%.`
    );
  });

  readonly chart = computed<MatrixConfiguration>(() => {
    const look = this.look();
    const { palette } = look;
    const points = this.points();
    const colors = points.map((p) => acceptanceBandColor(acceptanceBand(p.rate), palette));
    return {
      type: 'scatter',
      data: {
        datasets: [
          {
            label: 'Developers',
            data: points.map((p) => ({ x: p.user.generations, y: p.rate })),
            backgroundColor: colors.map((color) => withAlpha(color, 0.75)),
            borderColor: colors,
            pointRadius: 5,
            pointHoverRadius: 7,
          },
        ],
      },
      options: {
        ...baseOptions(look),
        scales: {
          x: { ...countAxis(look), type: 'linear', title: axisTitle(look, 'Generations') },
          y: { ...rateAxis(look), title: axisTitle(look, 'Acceptance rate') },
        },
        plugins: {
          legend: acceptanceBandLegend(look, MATRIX_BANDS),
          tooltip: {
            ...tooltipStyle(look),
            callbacks: {
              title: (items: TooltipItem<'scatter'>[]) => {
                const point = points[items[0]?.dataIndex ?? -1];
                return point === undefined ? '' : developerLabel(point.user.developer);
              },
              label: (item: TooltipItem<'scatter'>) => {
                const point = points[item.dataIndex];
                if (point === undefined) return '';
                return [
                  `Generations: ${formatCount(point.user.generations)}`,
                  `Acceptance rate: ${formatRate(point.rate)} (${formatCount(point.user.acceptances)} accepted)`,
                ];
              },
            },
          },
        },
      },
    };
  });
}
