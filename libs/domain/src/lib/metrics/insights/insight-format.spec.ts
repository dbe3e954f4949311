import { formatChange, formatCount, formatPercent, formatQuantity } from './insight-format';

describe('insight formatting', () => {
  it('groups thousands in counts', () => {
    expect(formatCount(1234567)).toBe('1,234,567');
    expect(formatCount(0)).toBe('0');
  });

  it('pluralizes quantities', () => {
    expect(formatQuantity(1, 'generation')).toBe('1 generation');
    expect(formatQuantity(2500, 'line')).toBe('2,500 lines');
    expect(formatQuantity(0, 'developer-day')).toBe('0 developer-days');
  });

  it('shows fractions as percentages with at most one decimal', () => {
    expect(formatPercent(0.825)).toBe('82.5%');
    expect(formatPercent(0.7)).toBe('70%');
    expect(formatPercent(1 / 3)).toBe('33.3%');
    expect(formatPercent(1.2)).toBe('120%');
  });

  it('signs changes', () => {
    expect(formatChange(0.234)).toBe('+23.4%');
    expect(formatChange(-0.05)).toBe('-5%');
    expect(formatChange(0)).toBe('0%');
  });
});
