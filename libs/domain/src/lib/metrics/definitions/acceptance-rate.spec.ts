import { acceptanceRate, gatedAcceptanceRate, MIN_GENERATIONS_FOR_RATE } from './acceptance-rate';

describe('acceptanceRate', () => {
  it('is acceptances ÷ generations as a fraction, unrounded', () => {
    expect(acceptanceRate(30, 120)).toBe(0.25); // 30 / 120
    expect(acceptanceRate(1, 3)).toBe(1 / 3);
  });

  it('is null, not 0 or NaN, when there are no generations', () => {
    expect(acceptanceRate(0, 0)).toBeNull();
    expect(acceptanceRate(5, 0)).toBeNull();
  });

  it('is 0 when there are generations and no acceptances', () => {
    expect(acceptanceRate(0, 10)).toBe(0);
  });

  it('reports more acceptances than generations as is, above 1', () => {
    expect(acceptanceRate(60, 50)).toBe(1.2); // 60 / 50
  });
});

describe('gatedAcceptanceRate', () => {
  it('needs MIN_GENERATIONS_FOR_RATE = 50 generations by default', () => {
    expect(MIN_GENERATIONS_FOR_RATE).toBe(50);
    expect(gatedAcceptanceRate(40, 49)).toBeNull();
    expect(gatedAcceptanceRate(40, 50)).toBe(0.8); // 40 / 50, exactly at the gate
  });

  it('takes another minimum', () => {
    expect(gatedAcceptanceRate(1, 4, 5)).toBeNull();
    expect(gatedAcceptanceRate(1, 5, 5)).toBe(0.2);
  });

  it('is still null at 0 generations with a minimum of 0', () => {
    expect(gatedAcceptanceRate(0, 0, 0)).toBeNull();
  });
});
