import { metricDefinition } from '@devpulse/domain';
import { ModelShareChart } from './model-share-chart';
import { dimensionAggregate, renderChart } from './testing/render-chart';

describe('ModelShareChart', () => {
  const models = [
    dimensionAggregate('gpt-4.1', 300, 10, 'GPT-4.1'),
    dimensionAggregate('claude-sonnet-4', 700, 20, 'Claude Sonnet 4'),
  ];

  it('draws a pie of generations per model, largest first', async () => {
    const fixture = await renderChart(ModelShareChart, { models });
    const { type, data, options } = fixture.componentInstance.chart();
    expect(type).toBe('pie');
    expect(options?.cutout).toBe(0);
    expect(data.labels).toEqual(['Claude Sonnet 4', 'GPT-4.1']);
    expect(data.datasets[0]?.data).toEqual([700, 300]);
    expect(fixture.componentInstance.csv().rows).toEqual([
      ['Claude Sonnet 4', 'claude-sonnet-4', 700, 20, 0.7],
      ['GPT-4.1', 'gpt-4.1', 300, 10, 0.3],
    ]);
    expect(fixture.componentInstance.summary()).toBe(
      'Share of 1,000 generations by model: Claude Sonnet 4 70%, GPT-4.1 30%.',
    );
    expect(fixture.nativeElement.querySelector('.chart-card-caveat')?.textContent).toBe(
      metricDefinition('byModel').caveats[0],
    );
  });

  it.each([
    [[], 'No data in this period'],
    [[dimensionAggregate('gpt-4.1', 0)], 'No generations attributed to a model in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(ModelShareChart, { models: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
