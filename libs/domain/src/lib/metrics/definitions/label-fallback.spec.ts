import { titleCaseKey } from './label-fallback';

describe('titleCaseKey', () => {
  it('splits on underscores, hyphens and spaces and capitalizes each word', () => {
    expect(titleCaseKey('some_new-key here')).toBe('Some New Key Here');
  });

  it('keeps the rest of each word as written', () => {
    expect(titleCaseKey('gpt-4o')).toBe('Gpt 4o');
  });

  it('collapses repeated separators', () => {
    expect(titleCaseKey('__a__b__')).toBe('A B');
  });

  it('returns Unknown for an empty or blank key', () => {
    expect(titleCaseKey('')).toBe('Unknown');
    expect(titleCaseKey(' _ ')).toBe('Unknown');
  });
});
