import type { Scale } from 'chart.js';
import { countAxis } from './chart-options';
import { type ChartLook, fallbackChartPalette } from './chart-theme';
import { dayAxis, dayTooltipTitle, timeSeriesOptions } from './time-series-options';

describe('time-series options', () => {
  const look: ChartLook = { palette: fallbackChartPalette(), reducedMotion: false };
  const days = { getLabelForValue: (index: number) => ['2026-11-03', '2026-11-04'][index] ?? '' } as unknown as Scale;

  it('writes days as `Nov 3` on the axis and in full in the tooltip title', () => {
    expect([0, 1].map((index) => dayAxis(look).ticks.callback.call(days, index))).toEqual(['Nov 3', 'Nov 4']);
    expect(dayTooltipTitle([{ label: '2026-11-03' }])).toBe('Tue, Nov 3, 2026');
    expect(dayTooltipTitle([])).toBe('');
  });

  it('puts the days on x beside the value axes it is given, and keeps the chart-wide style', () => {
    const valueAxes = { y: countAxis(look), y1: { ...countAxis(look), position: 'right' as const } };
    const options = timeSeriesOptions<'line'>(look, { valueAxes, label: () => '' });

    expect(Object.keys(options.scales ?? {})).toEqual(['x', 'y', 'y1']);
    expect(options.scales?.['y']).toBe(valueAxes.y);
    expect(options.scales?.['x']?.grid?.display).toBe(false);
    expect(options.plugins?.tooltip?.callbacks?.title).toBe(dayTooltipTitle);
    expect(options.plugins?.tooltip?.backgroundColor).toBe(look.palette.text);
    expect(timeSeriesOptions(look, { valueAxes, label: () => '' }).animation).toEqual({ duration: 400 });
    expect(timeSeriesOptions({ ...look, reducedMotion: true }, { valueAxes, label: () => '' }).animation).toBe(false);
  });

  it('hovers the whole day and shows the legend unless told otherwise', () => {
    const defaults = timeSeriesOptions<'line'>(look, { valueAxes: {}, label: () => '' });
    expect(defaults.interaction).toEqual({ mode: 'index', intersect: false });
    expect(defaults.plugins?.legend?.display).toBe(true);

    const single = timeSeriesOptions<'bar'>(look, { valueAxes: {}, label: () => '', legend: false, wholeDay: false });
    expect('interaction' in single).toBe(false);
    expect(single.plugins?.legend?.display).toBe(false);
  });

  it('adds a tooltip footer only when the chart has one', () => {
    const label = (): string => 'label';
    const footer = (): string => 'footer';
    expect(timeSeriesOptions<'line'>(look, { valueAxes: {}, label }).plugins?.tooltip?.callbacks).toEqual({
      title: dayTooltipTitle,
      label,
    });
    expect(timeSeriesOptions<'line'>(look, { valueAxes: {}, label, footer }).plugins?.tooltip?.callbacks?.footer).toBe(
      footer,
    );
  });
});
