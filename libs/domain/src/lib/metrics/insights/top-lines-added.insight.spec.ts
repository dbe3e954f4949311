import { DEFAULT_INSIGHT_THRESHOLDS, type InsightInput } from './insight';
import { summarizeInsightData } from './insight-summary';
import { topLinesAddedInsight } from './top-lines-added.insight';

function input(lines: Record<string, number>): InsightInput {
  const users = Object.entries(lines).map(([label, linesAdded]) => ({
    label,
    generations: 0,
    acceptances: 0,
    linesAdded,
  }));
  const data = { users, days: [], quotaDays: [], zeroAcceptanceDeveloperDays: 0, periodDays: 28 };
  return summarizeInsightData(data, DEFAULT_INSIGHT_THRESHOLDS);
}

describe('topLinesAddedInsight', () => {
  it('lists the 5 developers with the most lines added, ties by label', () => {
    const insight = topLinesAddedInsight(
      input({ zed: 0, b: 10, big: 1234, a: 10, e: 5, f: 7, g: 3 }),
      DEFAULT_INSIGHT_THRESHOLDS,
    );
    expect(insight).toEqual({
      kind: 'TOP_LINES_ADDED',
      severity: 'info',
      title: 'Most lines added',
      detail: 'Developers whose AI tools added the most lines in the period.',
      items: [
        { label: 'big', value: '1,234 lines' },
        { label: 'a', value: '10 lines' },
        { label: 'b', value: '10 lines' },
        { label: 'f', value: '7 lines' },
        { label: 'e', value: '5 lines' },
      ],
    });
  });

  it('never lists a developer with no lines added', () => {
    expect(topLinesAddedInsight(input({ a: 1, b: 0 }), DEFAULT_INSIGHT_THRESHOLDS)?.items).toEqual([
      { label: 'a', value: '1 line' },
    ]);
  });

  it('says nothing when no lines were added', () => {
    expect(topLinesAddedInsight(input({ a: 0 }), DEFAULT_INSIGHT_THRESHOLDS)).toBeNull();
  });
});
