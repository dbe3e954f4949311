import type { LegendItem } from 'chart.js';
import { fallbackChartPalette } from './chart-theme';
import { developer, renderChart, userAggregate } from './testing/render-chart';
import { TopDevelopersGenerationsChart } from './top-developers-generations-chart';

describe('TopDevelopersGenerationsChart', () => {
  const palette = fallbackChartPalette();

  it('colours each bar by acceptance rate, with the 70% and 20% boundaries exact', async () => {
    const users = [
      userAggregate('a', { generations: 10000, acceptances: 7000, acceptanceRate: 0.7 }),
      userAggregate('b', { generations: 9000, acceptanceRate: 0.6999 }),
      userAggregate('c', { generations: 8000, acceptanceRate: 0.2 }),
      userAggregate('d', { generations: 7000, acceptanceRate: 0.1999 }),
      userAggregate('e', { generations: 49, acceptanceRate: null }),
    ];
    const fixture = await renderChart(TopDevelopersGenerationsChart, { users });
    const [bars] = fixture.componentInstance.chart().data.datasets;
    expect(fixture.componentInstance.chart().data.labels).toEqual([
      'login-a',
      'login-b',
      'login-c',
      'login-d',
      'login-e',
    ]);
    expect(bars?.data).toEqual([10000, 9000, 8000, 7000, 49]);
    expect(bars?.backgroundColor).toEqual([
      palette.green,
      palette.indigo,
      palette.indigo,
      palette.amber,
      palette.neutral,
    ]);
    expect(fixture.componentInstance.chart().options?.indexAxis).toBe('y');
  });

  it('keeps the 15 developers with the most generations, ties by label, and skips developers without any', async () => {
    const users = [
      ...Array.from({ length: 16 }, (_, i) =>
        userAggregate(`u${String(i).padStart(2, '0')}`, { generations: 100 + i }),
      ),
      userAggregate('tie-b', { generations: 500 }),
      userAggregate('tie-a', { generations: 500 }),
      userAggregate('idle', { generations: 0, interactions: 9 }),
    ];
    const fixture = await renderChart(TopDevelopersGenerationsChart, { users });
    const labels = fixture.componentInstance.chart().data.labels;
    expect(labels).toHaveLength(15);
    expect(labels?.slice(0, 4)).toEqual(['login-tie-a', 'login-tie-b', 'login-u15', 'login-u14']);
    expect(labels?.at(-1)).toBe('login-u03');
    expect(labels).not.toContain('login-idle');
  });

  it('labels developers by login, else email, else display name', async () => {
    const users = [
      userAggregate('a', { generations: 3 }, developer('a', { githubLogin: 'octocat' })),
      userAggregate('b', { generations: 2 }, developer('b', { githubLogin: null, email: 'b@example.com' })),
      userAggregate('c', { generations: 1 }, developer('c', { githubLogin: null, email: null, displayName: 'Cee' })),
    ];
    const fixture = await renderChart(TopDevelopersGenerationsChart, { users });
    expect(fixture.componentInstance.chart().data.labels).toEqual(['octocat', 'b@example.com', 'Cee']);
  });

  it('explains grey bars in the legend', async () => {
    const fixture = await renderChart(TopDevelopersGenerationsChart, {
      users: [userAggregate('a', { generations: 1 })],
    });
    const legend = fixture.componentInstance.chart().options?.plugins?.legend;
    const generate = legend?.labels?.generateLabels as unknown as () => LegendItem[];
    expect(generate().map((item) => [item.text, item.fillStyle])).toEqual([
      ['Accepted ≥ 70%', palette.green],
      ['20–70%', palette.indigo],
      ['< 20%', palette.amber],
      ['Rate not shown (< 50 generations)', palette.neutral],
    ]);
  });

  it('exports the drawn developers with their rates', async () => {
    const users = [
      userAggregate('a', { generations: 100, acceptances: 75, acceptanceRate: 0.75 }),
      userAggregate('b', { generations: 10, acceptances: 1 }),
    ];
    const fixture = await renderChart(TopDevelopersGenerationsChart, { users });
    expect(fixture.componentInstance.csv()).toEqual({
      header: ['Developer', 'Name', 'Generations', 'Acceptances', 'Acceptance rate'],
      rows: [
        ['login-a', 'Developer a', 100, 75, 0.75],
        ['login-b', 'Developer b', 10, 1, null],
      ],
    });
  });

  it.each([
    [[], 'No data in this period'],
    [[userAggregate('a', { interactions: 3 })], 'No generations in this period'],
  ])('explains an empty chart', async (users, reason) => {
    const fixture = await renderChart(TopDevelopersGenerationsChart, { users });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
    expect(fixture.nativeElement.querySelector('canvas')).toBeNull();
  });
});
