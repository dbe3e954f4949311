import { kpiChange } from './kpi-change';

describe('kpiChange', () => {
  it('gives counts a relative change', () => {
    expect(kpiChange(1250, 1000, 'relative')).toEqual({ kind: 'up', amount: 0.25, text: '+25%' });
    expect(kpiChange(750, 1000, 'relative')).toEqual({ kind: 'down', amount: -0.25, text: '-25%' });
    // 1 / 3 = 0.3333… shown with one decimal.
    expect(kpiChange(4, 3, 'relative').text).toBe('+33.3%');
  });

  it('says "new" when the previous period had none, and "no change" when both are equal', () => {
    expect(kpiChange(42, 0, 'relative')).toEqual({ kind: 'new', text: 'New: none before' });
    expect(kpiChange(0, 0, 'relative')).toEqual({ kind: 'same', text: 'No change' });
    expect(kpiChange(17, 17, 'relative')).toEqual({ kind: 'same', text: 'No change' });
  });

  it('measures net lines against the size of a negative previous value', () => {
    // From -100 to 50 is a rise of 150 on a base of 100: +150%.
    expect(kpiChange(50, -100, 'relative')).toEqual({ kind: 'up', amount: 1.5, text: '+150%' });
    // From 200 to -100: a fall of 300 on a base of 200: -150%.
    expect(kpiChange(-100, 200, 'relative')).toEqual({ kind: 'down', amount: -1.5, text: '-150%' });
  });

  it('gives rates a change in percentage points', () => {
    // 0.42 → 0.455 is 3.5 points.
    const change = kpiChange(0.455, 0.42, 'points');
    expect(change.kind).toBe('up');
    expect(change.text).toBe('+3.5 pts');
    expect(kpiChange(0.3, 0.35, 'points').text).toBe('-5 pts');
  });

  it('has nothing to compare when a rate is empty in either period', () => {
    expect(kpiChange(null, 0.4, 'points')).toEqual({ kind: 'none', text: 'No rate to compare' });
    expect(kpiChange(0.4, null, 'points')).toEqual({ kind: 'none', text: 'No rate to compare' });
  });
});
