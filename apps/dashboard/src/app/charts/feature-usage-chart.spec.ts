import { FeatureUsageChart } from './feature-usage-chart';
import { fallbackChartPalette } from './chart-theme';
import { dimensionAggregate, renderChart } from './testing/render-chart';

describe('FeatureUsageChart', () => {
  const palette = fallbackChartPalette();
  const features = [
    dimensionAggregate('agent_edit', 40, 0),
    dimensionAggregate('code_completion', 5000, 1500),
    dimensionAggregate('chat_panel_agent_mode', 900, 12),
    dimensionAggregate('chat_panel_review_mode', 0, 0),
  ];

  it('draws generations and acceptances per feature with human labels, most used first', async () => {
    const fixture = await renderChart(FeatureUsageChart, { features });
    const { data } = fixture.componentInstance.chart();
    expect(data.labels).toEqual(['Code Completion', 'Chat · Agent', 'Edit Mode']);
    expect(data.datasets.map((d) => [d.label, d.data, d.backgroundColor])).toEqual([
      ['Generations', [5000, 900, 40], palette.indigo],
      ['Acceptances', [1500, 12, 0], palette.teal],
    ]);
  });

  it('exports the features with their keys and rates', async () => {
    const fixture = await renderChart(FeatureUsageChart, { features });
    expect(fixture.componentInstance.csv().rows).toEqual([
      ['Code Completion', 'code_completion', 5000, 1500, 0.3],
      ['Chat · Agent', 'chat_panel_agent_mode', 900, 12, 12 / 900],
      ['Edit Mode', 'agent_edit', 40, 0, null],
    ]);
  });

  it.each([
    [[], 'No data in this period'],
    [[dimensionAggregate('code_completion', 0)], 'No feature was used in this period'],
  ])('explains an empty chart', async (input, reason) => {
    const fixture = await renderChart(FeatureUsageChart, { features: input });
    expect(fixture.componentInstance.emptyReason()).toBe(reason);
  });
});
