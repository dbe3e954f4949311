import type { TooltipItem } from 'chart.js';
import { metricDefinition } from '@devpulse/domain';
import { fallbackChartPalette } from './chart-theme';
import { IdeShareChart } from './ide-share-chart';
import { dimensionAggregate, renderChart } from './testing/render-chart';

describe('IdeShareChart', () => {
  const palette = fallbackChartPalette();
  const ides = [
    dimensionAggregate('jetbrains', 250, 100, 'jetbrains'),
    dimensionAggregate('vscode', 750, 500, 'vscode'),
    dimensionAggregate('neovim', 0, 0),
  ];

  it('draws a doughnut of generations per IDE with human labels, largest first', async () => {
    const fixture = await renderChart(IdeShareChart, { ides });
    const { type, data } = fixture.componentInstance.chart();
    expect(type).toBe('doughnut');
    expect(data.labels).toEqual(['VS Code', 'JetBrains']);
    expect(data.datasets[0]?.data).toEqual([750, 250]);
    expect(data.datasets[0]?.backgroundColor).toEqual([palette.indigo, palette.teal]);
  });

  it('shows the exact count and share in the tooltip and the CSV', async () => {
    const fixture = await renderChart(IdeShareChart, { ides });
    const label = fixture.componentInstance.chart().options?.plugins?.tooltip?.callbacks?.label;
    expect(label?.call(undefined as never, { dataIndex: 0 } as TooltipItem<'doughnut'>)).toBe(
      'VS Code: 750 generations (75%)',
    );
    expect(fixture.componentInstance.csv()).toEqual({
      header: ['IDE', 'Key', 'Generations', 'Acceptances', 'Share of generations'],
      rows: [
        ['VS Code', 'vscode', 750, 500, 0.75],
        ['JetBrains', 'jetbrains', 250, 100, 0.25],
      ],
    });
  });

  it('says that IDE shares are of attributed activity', async () => {
    const fixture = await renderChart(IdeShareChart, { ides });
    expect(fixture.nativeElement.querySelector('.chart-card-caveat')?.textContent).toBe(
      metricDefinition('byIde').caveats[0],
    );
  });

  it.each([
    [[], 'No data in this period'],
    [[dimensionAggregate('vscode', 0)], 'No generations attributed to an IDE in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(IdeShareChart, { ides: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
