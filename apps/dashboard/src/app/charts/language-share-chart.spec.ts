import { fallbackChartPalette } from './chart-theme';
import { LanguageShareChart } from './language-share-chart';
import { dimensionAggregate, renderChart } from './testing/render-chart';

describe('LanguageShareChart', () => {
  const palette = fallbackChartPalette();
  // 13 languages: l01 has 130 generations, l02 120, ... l13 10; total 910.
  const languages = Array.from({ length: 13 }, (_, i) =>
    dimensionAggregate(`l${String(i + 1).padStart(2, '0')}`, 130 - i * 10, 1, `Lang ${i + 1}`),
  );

  it('keeps the top 10 languages and sums the other 3 into a grey "Other" slice', async () => {
    const fixture = await renderChart(LanguageShareChart, { languages: [...languages].reverse() });
    const { data } = fixture.componentInstance.chart();
    expect(data.labels).toEqual([
      'Lang 1',
      'Lang 2',
      'Lang 3',
      'Lang 4',
      'Lang 5',
      'Lang 6',
      'Lang 7',
      'Lang 8',
      'Lang 9',
      'Lang 10',
      'Other (3 languages)',
    ]);
    // Other: 30 + 20 + 10 = 60.
    expect(data.datasets[0]?.data).toEqual([130, 120, 110, 100, 90, 80, 70, 60, 50, 40, 60]);
    const colors = data.datasets[0]?.backgroundColor as string[];
    expect(colors[0]).toBe(palette.indigo);
    expect(colors[10]).toBe(palette.neutral);
    expect(fixture.componentInstance.csv().rows.at(-1)).toEqual(['Other (3 languages)', null, 60, 3, 60 / 910]);
  });

  it('draws 11 languages by name rather than an "Other" of one', async () => {
    const fixture = await renderChart(LanguageShareChart, { languages: languages.slice(0, 11) });
    expect(fixture.componentInstance.chart().data.labels).toHaveLength(11);
    expect(fixture.componentInstance.chart().data.labels).not.toContain('Other (1 languages)');
  });

  it.each([
    [[], 'No data in this period'],
    [[dimensionAggregate('python', 0)], 'No generations attributed to a language in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(LanguageShareChart, { languages: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
