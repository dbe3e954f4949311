import { trailingAcceptanceRates } from './trailing-acceptance-rate';

const d = (day: string, generations: number, acceptances: number) => ({ day, generations, acceptances });

describe('trailingAcceptanceRates', () => {
  it('divides the window sums, not the mean of daily rates, and spans a day without generations', () => {
    const days = [
      d('2026-11-01', 10, 9), // 90%
      d('2026-11-02', 0, 0), // no rate: a gap in the daily line
      d('2026-11-03', 90, 9), // 10%
    ];
    const rates = trailingAcceptanceRates(days);
    expect(rates.map((r) => [r.generations, r.acceptances, r.rate])).toEqual([
      [10, 9, 0.9],
      [10, 9, 0.9],
      // (9 + 0 + 9) / (10 + 0 + 90) = 0.18; the mean of daily rates would be 0.5.
      [100, 18, 0.18],
    ]);
  });

  it('drops days older than 7 calendar days, including across missing dates', () => {
    const days = [
      d('2026-11-01', 100, 100),
      d('2026-11-02', 100, 0),
      // 2026-11-03 .. 2026-11-07 missing
      d('2026-11-08', 100, 50), // window 11-02..11-08: (0 + 50) / 200
      d('2026-11-09', 100, 50), // window 11-03..11-09: 100 / 200
    ];
    const rates = trailingAcceptanceRates(days);
    expect(rates.map((r) => r.rate)).toEqual([1, 0.5, 0.25, 0.5]);
    expect(rates.map((r) => r.daysInWindow)).toEqual([1, 2, 2, 2]);
  });

  it('is null while the window has no generations', () => {
    const rates = trailingAcceptanceRates([d('2026-11-01', 0, 0), d('2026-11-02', 0, 0)]);
    expect(rates.map((r) => r.rate)).toEqual([null, null]);
  });
});
