import { addDays, daySpan } from '@devpulse/domain';
import fc from 'fast-check';
import { isoWeekday, monthEnd, nextMonthStart, splitPeriod, type DayRange } from './period-split';

/** Every day a split covers, in order, each span expanded (months to their last day, weeks to Sunday). */
function coveredDays(period: DayRange): string[] {
  const { months, weeks, edges } = splitPeriod(period);
  const days: string[] = [];
  const addRange = (from: string, to: string) => {
    for (let day = from; day <= to; day = addDays(day, 1)) days.push(day);
  };
  for (const edge of edges) addRange(edge.from, edge.to);
  for (const range of weeks) {
    for (let monday = range.from; monday <= range.to; monday = addDays(monday, 7)) {
      expect(isoWeekday(monday)).toBe(1);
      addRange(monday, addDays(monday, 6));
    }
  }
  if (months) {
    for (let first = months.from; first <= months.to; first = nextMonthStart(first)) {
      expect(first.endsWith('-01')).toBe(true);
      addRange(first, monthEnd(first));
    }
  }
  return days.sort();
}

describe('splitPeriod', () => {
  it('knows weekdays and month ends', () => {
    expect(isoWeekday('2025-11-24')).toBe(1); // a Monday
    expect(isoWeekday('2025-11-30')).toBe(7);
    expect(monthEnd('2024-02-10')).toBe('2024-02-29');
    expect(monthEnd('2025-12-31')).toBe('2025-12-31');
    expect(nextMonthStart('2025-12-31')).toBe('2026-01-01');
  });

  it('cuts the benchmark’s 90 days into two months, four weeks and one edge day', () => {
    // 2025-08-03 is a Sunday; August's whole weeks are 08-04..08-31; September and October are whole.
    expect(splitPeriod({ from: '2025-08-03', to: '2025-10-31' })).toEqual({
      months: { from: '2025-09-01', to: '2025-10-01' },
      weeks: [{ from: '2025-08-04', to: '2025-08-25' }],
      edges: [{ from: '2025-08-03', to: '2025-08-03' }],
    });
  });

  it('uses weeks on both sides of the months, and edges around them', () => {
    expect(splitPeriod({ from: '2025-01-29', to: '2025-04-16' })).toEqual({
      months: { from: '2025-02-01', to: '2025-03-01' },
      weeks: [{ from: '2025-04-07', to: '2025-04-07' }],
      edges: [
        { from: '2025-01-29', to: '2025-01-31' },
        { from: '2025-04-01', to: '2025-04-06' },
        { from: '2025-04-14', to: '2025-04-16' },
      ],
    });
  });

  it('keeps a period without a whole week as one edge, and one of whole weeks without edges', () => {
    expect(splitPeriod({ from: '2025-11-05', to: '2025-11-11' })).toEqual({
      months: null,
      weeks: [],
      edges: [{ from: '2025-11-05', to: '2025-11-11' }],
    });
    expect(splitPeriod({ from: '2025-11-03', to: '2025-11-16' })).toEqual({
      months: null,
      weeks: [{ from: '2025-11-03', to: '2025-11-10' }],
      edges: [],
    });
  });

  it('covers every day of any period exactly once', () => {
    const day = fc.integer({ min: 0, max: 3_000 }).map((offset) => addDays('2020-01-01', offset));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 500 }), (from, length) => {
        const to = addDays(from, length);
        const covered = coveredDays({ from, to });
        expect(covered).toHaveLength(daySpan(from, to));
        expect(new Set(covered).size).toBe(covered.length);
        expect(covered[0]).toBe(from);
        expect(covered[covered.length - 1]).toBe(to);
        const { weeks, edges } = splitPeriod({ from, to });
        expect(weeks.length).toBeLessThanOrEqual(2);
        expect(edges.length).toBeLessThanOrEqual(4);
      }),
    );
  });
});
