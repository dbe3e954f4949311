import { isActiveDay } from './active-day';

describe('isActiveDay', () => {
  it.each([
    [{ interactions: 1, generations: 0 }, true],
    [{ interactions: 0, generations: 1 }, true],
    [{ interactions: 3, generations: 7 }, true],
    // a seat with credits but no prompt and no generation is seen, not active
    [{ interactions: 0, generations: 0 }, false],
  ])('%j → %s', (counters, active) => {
    expect(isActiveDay(counters)).toBe(active);
  });
});
