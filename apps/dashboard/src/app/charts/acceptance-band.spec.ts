import { ACCEPTANCE_BAND_LABELS, acceptanceBand, acceptanceBandColor } from './acceptance-band';
import { fallbackChartPalette } from './chart-theme';

describe('acceptanceBand', () => {
  const palette = fallbackChartPalette();

  it.each([
    [1.2, 'high', palette.green],
    [0.7, 'high', palette.green],
    [0.6999, 'medium', palette.indigo],
    [0.2, 'medium', palette.indigo],
    [0.1999, 'low', palette.amber],
    [0, 'low', palette.amber],
    [null, 'notShown', palette.neutral],
  ] as const)('%p is %s', (rate, band, color) => {
    expect(acceptanceBand(rate)).toBe(band);
    expect(acceptanceBandColor(acceptanceBand(rate), palette)).toBe(color);
  });

  it('names each band for the legend', () => {
    expect(ACCEPTANCE_BAND_LABELS).toEqual({
      high: 'Accepted ≥ 70%',
      medium: '20–70%',
      low: '< 20%',
      notShown: 'Rate not shown (< 50 generations)',
    });
  });
});
