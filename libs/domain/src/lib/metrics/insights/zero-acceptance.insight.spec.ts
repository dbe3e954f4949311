import { DEFAULT_INSIGHT_THRESHOLDS, type InsightInput } from './insight';
import { summarizeInsightData } from './insight-summary';
import { zeroAcceptanceInsight } from './zero-acceptance.insight';

function input(zeroAcceptanceDeveloperDays: number): InsightInput {
  return summarizeInsightData(
    { users: [], days: [], quotaDays: [], zeroAcceptanceDeveloperDays, periodDays: 28 },
    DEFAULT_INSIGHT_THRESHOLDS,
  );
}

describe('zeroAcceptanceInsight', () => {
  it('reports the count as information about agent use, not as an alarm', () => {
    const insight = zeroAcceptanceInsight(input(12));
    expect(insight).toEqual({
      kind: 'ZERO_ACCEPTANCE',
      severity: 'info',
      title: '12 developer-days with generations but no acceptances',
      detail:
        'Usually agent or edit mode, which writes code directly instead of offering suggestions to accept. ' +
        'Read it as a sign of agent use, not as a problem.',
      items: [],
    });
  });

  it('uses the singular for one developer-day', () => {
    expect(zeroAcceptanceInsight(input(1))?.title).toBe('1 developer-day with generations but no acceptances');
  });

  it('says nothing at 0', () => {
    expect(zeroAcceptanceInsight(input(0))).toBeNull();
  });
});
