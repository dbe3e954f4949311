import type { TooltipItem } from 'chart.js';
import { fallbackChartPalette } from './chart-theme';
import { IdeAcceptanceChart } from './ide-acceptance-chart';
import { dimensionAggregate, renderChart } from './testing/render-chart';

describe('IdeAcceptanceChart', () => {
  const palette = fallbackChartPalette();

  it('draws horizontal bars for IDEs with a rate only, highest rate first, coloured by band', async () => {
    const ides = [
      dimensionAggregate('vscode', 10000, 1999), // 0.1999
      dimensionAggregate('jetbrains', 100, 70), // 0.7
      dimensionAggregate('neovim', 49, 49), // gated: no rate
      dimensionAggregate('xcode', 50, 10), // 0.2, exactly at the gate
      dimensionAggregate('visualstudio', 10000, 6999), // 0.6999
    ];
    const fixture = await renderChart(IdeAcceptanceChart, { ides });
    const { data, options } = fixture.componentInstance.chart();
    expect(options?.indexAxis).toBe('y');
    expect(data.labels).toEqual(['JetBrains', 'Visual Studio', 'Xcode', 'VS Code']);
    expect(data.datasets[0]?.data).toEqual([0.7, 0.6999, 0.2, 0.1999]);
    expect(data.datasets[0]?.backgroundColor).toEqual([palette.green, palette.indigo, palette.indigo, palette.amber]);
    expect(options?.scales?.['x']?.ticks?.callback?.call(undefined as never, 0.5, 0, [])).toBe('50%');
    const label = options?.plugins?.tooltip?.callbacks?.label;
    expect(label?.call(undefined as never, { dataIndex: 1 } as TooltipItem<'bar'>)).toBe(
      'Acceptance rate: 69.99% (6,999 of 10,000 generations)',
    );
    expect(fixture.componentInstance.csv().rows[0]).toEqual(['JetBrains', 'jetbrains', 100, 70, 0.7]);
  });

  it.each([
    [[], 'No data in this period'],
    [[dimensionAggregate('vscode', 0)], 'No code completions in this period'],
    [[dimensionAggregate('vscode', 49, 40)], 'No IDE has 50 or more generations yet'],
  ])('explains an empty chart', async (ides, reason) => {
    const fixture = await renderChart(IdeAcceptanceChart, { ides });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
    expect(fixture.nativeElement.querySelector('.chart-card-empty')?.textContent).toContain(reason);
  });
});
