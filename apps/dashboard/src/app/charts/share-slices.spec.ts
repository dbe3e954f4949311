import { shareSlices } from './share-slices';

const item = (key: string, generations: number, acceptances = 0) => ({
  key,
  label: key.toUpperCase(),
  generations,
  acceptances,
});

describe('shareSlices', () => {
  it('ranks by generations (ties by label), drops zero rows and computes shares of the total', () => {
    const slices = shareSlices([item('b', 10), item('a', 10), item('c', 30), item('z', 0)], null, 'things');
    expect(slices.map((s) => [s.label, s.generations, s.share])).toEqual([
      ['C', 30, 0.6],
      ['A', 10, 0.2],
      ['B', 10, 0.2],
    ]);
  });

  it('sums everything beyond the limit into one "Other" slice', () => {
    // 5 items, limit 2: top 2 by name, the other 3 (20 + 15 + 5 = 40 of 100) in Other.
    const slices = shareSlices(
      [item('a', 5, 1), item('b', 40, 4), item('c', 20, 2), item('d', 20, 3), item('e', 15, 5)],
      2,
      'things',
    );
    expect(slices).toEqual([
      { key: 'b', label: 'B', generations: 40, acceptances: 4, share: 0.4, items: 1 },
      { key: 'c', label: 'C', generations: 20, acceptances: 2, share: 0.2, items: 1 },
      { key: null, label: 'Other (3 things)', generations: 40, acceptances: 9, share: 0.4, items: 3 },
    ]);
  });

  it('names a single leftover instead of hiding it in an "Other" of one', () => {
    const slices = shareSlices([item('a', 3), item('b', 2), item('c', 1)], 2, 'things');
    expect(slices.map((s) => s.label)).toEqual(['A', 'B', 'C']);
  });
});
