import { LanguageAcceptanceChart } from './language-acceptance-chart';
import { dimensionAggregate, renderChart } from './testing/render-chart';

describe('LanguageAcceptanceChart', () => {
  it('keeps the 15 most used rated languages, then orders them by rate', async () => {
    // 17 rated languages: r01 has 1,700 generations ... r17 100; acceptances rise as use falls.
    const rated = Array.from({ length: 17 }, (_, i) =>
      dimensionAggregate(`r${String(i + 1).padStart(2, '0')}`, 1700 - i * 100, 100 + i * 10),
    );
    const gated = dimensionAggregate('cobol', 40, 40);
    const fixture = await renderChart(LanguageAcceptanceChart, { languages: [gated, ...rated] });
    const { data } = fixture.componentInstance.chart();
    // r16 and r17 are the least used rated languages: dropped even though their rates are the highest.
    expect(data.labels).toHaveLength(15);
    expect(data.labels).not.toContain('r16');
    expect(data.labels).not.toContain('cobol');
    expect(data.labels?.[0]).toBe('r15');
    expect(data.labels?.at(-1)).toBe('r01');
    expect(data.datasets[0]?.data[0]).toBe(240 / 300);
    expect(data.datasets[0]?.data.at(-1)).toBe(100 / 1700);
  });

  it.each([
    [[], 'No data in this period'],
    [[dimensionAggregate('python', 0)], 'No code completions in this period'],
    [[dimensionAggregate('python', 12, 3)], 'No language has 50 or more generations yet'],
  ])('explains an empty chart', async (languages, reason) => {
    const fixture = await renderChart(LanguageAcceptanceChart, { languages });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
