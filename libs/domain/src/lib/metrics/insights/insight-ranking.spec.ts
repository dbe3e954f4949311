import fc from 'fast-check';
import { compareLabels, topByValue } from './insight-ranking';

/** The reference: a stable sort of everything by value descending, then label. */
function rankByValue<T extends { label: string }>(entries: readonly T[], value: (entry: T) => number): T[] {
  return [...entries].sort((a, b) => value(b) - value(a) || compareLabels(a.label, b.label));
}

describe('topByValue', () => {
  it('lists the largest values first, equal values by label', () => {
    const entries = [
      { label: 'cy', value: 3 },
      { label: 'ana', value: 9 },
      { label: 'ben', value: 3 },
      { label: 'dee', value: 1 },
    ];
    expect(topByValue(entries, (entry) => entry.value, 3).map((entry) => entry.label)).toEqual(['ana', 'ben', 'cy']);
    expect(topByValue(entries, (entry) => entry.value, 0)).toEqual([]);
  });

  it('equals the first entries of the full ranking, ties and duplicates included', () => {
    const entry = fc.record({
      label: fc.constantFrom('a', 'b', 'c', 'ab', 'B', ''),
      value: fc.integer({ min: -3, max: 3 }),
      id: fc.nat(),
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 60 }), fc.integer({ min: 0, max: 8 }), (entries, count) => {
        const value = (item: { value: number }) => item.value;
        expect(topByValue(entries, value, count)).toEqual(rankByValue(entries, value).slice(0, count));
      }),
    );
  });
});
