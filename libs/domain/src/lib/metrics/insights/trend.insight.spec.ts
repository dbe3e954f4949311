import { addDays } from '../../normalize/day';
import { DEFAULT_INSIGHT_THRESHOLDS, type InsightInput } from './insight';
import { summarizeInsightData } from './insight-summary';
import { trendInsight } from './trend.insight';

/** A zero-filled period of `periodDays` ending 2025-10-14, with the given generations on some days. */
function input(generationsByDay: Record<string, number>, periodDays = 14): InsightInput {
  const days = Array.from({ length: periodDays }, (_, i) => {
    const day = addDays('2025-10-14', i - periodDays + 1);
    return { day, generations: generationsByDay[day] ?? 0 };
  });
  return summarizeInsightData(
    { users: [], days, quotaDays: [], zeroAcceptanceDeveloperDays: 0, periodDays },
    DEFAULT_INSIGHT_THRESHOLDS,
  );
}

// previous week: 2025-10-01 … 10-07; last week: 2025-10-08 … 10-14
const PREVIOUS = '2025-10-01';
const LAST = '2025-10-14';

describe('trendInsight', () => {
  it('is a success when the last 7 days are up', () => {
    // 10 a day before, 12 a day after: 70 → 84, (84 − 70) / 70 = +20%
    const generations: Record<string, number> = {};
    for (let i = 0; i < 7; i++) {
      generations[addDays(PREVIOUS, i)] = 10;
      generations[addDays('2025-10-08', i)] = 12;
    }
    expect(trendInsight(input(generations), DEFAULT_INSIGHT_THRESHOLDS)).toEqual({
      kind: 'TREND',
      severity: 'success',
      title: 'Generations up 20% week over week',
      detail: '84 generations in the last 7 days against 70 generations in the 7 days before.',
      items: [
        { label: 'Last 7 days', value: '84 generations' },
        { label: 'Previous 7 days', value: '70 generations' },
        { label: 'Change', value: '+20%' },
      ],
    });
  });

  it('is info when down by less than 10%', () => {
    // 100 → 95: −5%
    const insight = trendInsight(input({ [PREVIOUS]: 100, [LAST]: 95 }), DEFAULT_INSIGHT_THRESHOLDS);
    expect(insight?.severity).toBe('info');
    expect(insight?.title).toBe('Generations down 5% week over week');
    expect(insight?.items[2]).toEqual({ label: 'Change', value: '-5%' });
  });

  it.each([
    [100, 90], // exactly −10%
    [30, 27], // −3 / 30 = −10%, where 0.1 × 30 would not be exact
    [100, 70], // −30%
    [100, 0], // −100%
  ])('is a warning when down by 10%% or more (%i → %i)', (previous, last) => {
    expect(trendInsight(input({ [PREVIOUS]: previous, [LAST]: last }), DEFAULT_INSIGHT_THRESHOLDS)?.severity).toBe(
      'warning',
    );
  });

  it('is info, not success, when unchanged: flat is not growth', () => {
    const insight = trendInsight(input({ [PREVIOUS]: 50, [LAST]: 50 }), DEFAULT_INSIGHT_THRESHOLDS);
    expect(insight?.severity).toBe('info');
    expect(insight?.title).toBe('Generations unchanged week over week');
    expect(insight?.items[2]).toEqual({ label: 'Change', value: '0%' });
  });

  it('says in words that the previous week had none, without a percentage', () => {
    expect(trendInsight(input({ [LAST]: 40 }), DEFAULT_INSIGHT_THRESHOLDS)).toEqual({
      kind: 'TREND',
      severity: 'success',
      title: 'Generations started this week',
      detail: 'No generations in the previous 7 days; 40 generations in the last 7 days.',
      items: [
        { label: 'Last 7 days', value: '40 generations' },
        { label: 'Previous 7 days', value: '0 generations' },
      ],
    });
  });

  it('says nothing when both weeks are empty', () => {
    expect(trendInsight(input({}), DEFAULT_INSIGHT_THRESHOLDS)).toBeNull();
  });

  it('needs at least 14 days', () => {
    expect(trendInsight(input({ [LAST]: 40 }, 13), DEFAULT_INSIGHT_THRESHOLDS)).toBeNull();
  });

  it('compares only the last two weeks of a longer period, whatever the order of days', () => {
    // 28 days from 2025-09-17; 1000 on 09-20 is outside both weeks; 70 → 84 as above but on single days
    const period = input({ '2025-09-20': 1000, [PREVIOUS]: 70, [LAST]: 84 }, 28);
    const shuffled = { ...period, days: [...period.days].reverse() };
    const insight = trendInsight(shuffled, DEFAULT_INSIGHT_THRESHOLDS);
    expect(insight?.items.slice(0, 2)).toEqual([
      { label: 'Last 7 days', value: '84 generations' },
      { label: 'Previous 7 days', value: '70 generations' },
    ]);
  });
});
