import type { TooltipItem } from 'chart.js';
import { countAxis, legendOptions } from './chart-options';
import { type ChartLook, fallbackChartPalette } from './chart-theme';
import { type HorizontalBars, horizontalBarConfiguration } from './horizontal-bar-config';

describe('horizontalBarConfiguration', () => {
  const look: ChartLook = { palette: fallbackChartPalette(), reducedMotion: false };
  const rows = [
    { name: 'b', value: 9 },
    { name: 'a', value: 4 },
  ];
  const bars: HorizontalBars<(typeof rows)[number]> = {
    series: 'Things',
    label: (row) => row.name,
    value: (row) => row.value,
    color: look.palette.green,
    valueAxis: countAxis(look),
    legend: legendOptions(look, false),
    tooltip: (row) => [`Value: ${row.value}`],
  };
  const item = (dataIndex: number) => ({ dataIndex }) as TooltipItem<'bar'>;

  it('draws one horizontal bar per row, in the order given', () => {
    const { type, data, options } = horizontalBarConfiguration(rows, look, bars);
    expect(type).toBe('bar');
    expect(options?.indexAxis).toBe('y');
    expect(data.labels).toEqual(['b', 'a']);
    expect(data.datasets).toHaveLength(1);
    expect(data.datasets[0]?.label).toBe('Things');
    expect(data.datasets[0]?.data).toEqual([9, 4]);
    expect(options?.scales?.['x']).toBe(bars.valueAxis);
    expect(options?.scales?.['y']?.grid?.display).toBe(false);
    expect(options?.plugins?.legend).toBe(bars.legend);
  });

  it('keeps one colour for every bar, or gives each row its own', () => {
    expect(horizontalBarConfiguration(rows, look, bars).data.datasets[0]?.backgroundColor).toBe(look.palette.green);
    const banded = horizontalBarConfiguration(rows, look, {
      ...bars,
      color: (row) => (row.value > 5 ? 'red' : 'blue'),
    });
    expect(banded.data.datasets[0]?.backgroundColor).toEqual(['red', 'blue']);
  });

  it('shows the hovered row in the tooltip, and nothing for a bar that is not there', () => {
    const label = horizontalBarConfiguration(rows, look, bars).options?.plugins?.tooltip?.callbacks?.label;
    expect(label?.call(undefined as never, item(1))).toEqual(['Value: 4']);
    expect(label?.call(undefined as never, item(5))).toBe('');
  });
});
