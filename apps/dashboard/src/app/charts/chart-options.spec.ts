import { countAxis, rateAxis, seriesCountLabel } from './chart-options';
import { type ChartLook, fallbackChartPalette } from './chart-theme';

describe('chart axes and tooltip lines', () => {
  const look: ChartLook = { palette: fallbackChartPalette(), reducedMotion: false };

  it('counts from 0 with thousands separators, in whole steps only when asked', () => {
    const axis = countAxis(look);
    expect(axis.beginAtZero).toBe(true);
    expect(axis.ticks.callback(12345)).toBe('12,345');
    expect('precision' in axis.ticks).toBe(false);
    expect(countAxis(look, { wholeNumbers: true }).ticks).toMatchObject({ precision: 0 });
  });

  it('draws rates from 0% without capping them at 100%', () => {
    const axis = rateAxis(look);
    expect(axis).toMatchObject({ min: 0, suggestedMax: 1 });
    expect('max' in axis).toBe(false);
    expect(axis.ticks.callback(0.7)).toBe('70%');
  });

  it('names the series and its exact count in a tooltip line', () => {
    expect(seriesCountLabel({ dataset: { label: 'Generations' }, parsed: { y: 1234 } })).toBe('Generations: 1,234');
    expect(seriesCountLabel({ dataset: {}, parsed: { y: null } })).toBe(': 0');
  });
});
