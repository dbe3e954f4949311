import { DEFAULT_VALUE_CONFIG, developerValue, hoursOf, roundMoney, validateValueConfig, valueOf } from './value';

describe('value config', () => {
  it('defaults to 30 lines per hour at 90 USD per hour', () => {
    expect(DEFAULT_VALUE_CONFIG).toEqual({ linesPerHour: 30, ratePerHour: 90, currency: 'USD' });
  });

  it('fills missing or null fields from the defaults', () => {
    expect(validateValueConfig(undefined)).toEqual({ ok: true, config: DEFAULT_VALUE_CONFIG });
    expect(validateValueConfig({ ratePerHour: 120, currency: null })).toEqual({
      ok: true,
      config: { linesPerHour: 30, ratePerHour: 120, currency: 'USD' },
    });
  });

  it.each([0, -5, Number.NaN, Number.POSITIVE_INFINITY])('rejects linesPerHour %p', (linesPerHour) => {
    expect(validateValueConfig({ linesPerHour })).toEqual({
      ok: false,
      errors: [{ field: 'linesPerHour', message: 'linesPerHour must be a positive finite number' }],
    });
  });

  it('rejects a currency that is not three upper-case letters', () => {
    for (const currency of ['usd', 'EURO', 'E1R', '']) {
      const result = validateValueConfig({ currency });
      expect(result.ok).toBe(false);
    }
    expect(validateValueConfig({ currency: 'EUR' }).ok).toBe(true);
  });

  it('reports every bad field at once', () => {
    const result = validateValueConfig({ linesPerHour: 0, ratePerHour: -1, currency: 'x' });
    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'linesPerHour',
      'ratePerHour',
      'currency',
    ]);
  });
});

describe('valueOf / hoursOf', () => {
  it('is lines ÷ linesPerHour × ratePerHour', () => {
    expect(hoursOf(90)).toBe(3); // 90 / 30
    expect(valueOf(90)).toBe(270); // 3 h × 90
    expect(valueOf(100, { linesPerHour: 50, ratePerHour: 120, currency: 'EUR' })).toBe(240); // 2 h × 120
  });

  it('keeps whole-number cases exact', () => {
    expect(valueOf(21)).toBe(63); // 21 / 30 × 90 = 0.7 h × 90 = 63 (hours-first would give 62.99999999999999)
  });

  it('keeps full precision for fractional results', () => {
    expect(valueOf(1)).toBe(3); // 1 / 30 × 90 = 3
    expect(valueOf(1, { linesPerHour: 7, ratePerHour: 10, currency: 'USD' })).toBeCloseTo(10 / 7, 12);
  });

  it('is 0 for no lines', () => {
    expect(valueOf(0)).toBe(0);
  });
});

describe('developerValue', () => {
  it('values added and deleted lines and adds them up', () => {
    // added 600 / 30 = 20 h × 90 = 1800; deleted 150 / 30 = 5 h × 90 = 450; total 1800 + 450 = 2250
    expect(developerValue({ linesAdded: 600, linesDeleted: 150 })).toEqual({
      hoursAdded: 20,
      hoursDeleted: 5,
      valueAdded: 1800,
      valueDeleted: 450,
      totalValue: 2250,
    });
  });

  it('uses the given config', () => {
    // added 100 / 25 = 4 h × 50 = 200; deleted 50 / 25 = 2 h × 50 = 100
    expect(
      developerValue({ linesAdded: 100, linesDeleted: 50 }, { linesPerHour: 25, ratePerHour: 50, currency: 'EUR' })
        .totalValue,
    ).toBe(300);
  });
});

describe('roundMoney', () => {
  it.each([
    [1.005, 1.01], // 1.005 * 100 is 100.4999… in binary; still rounds up
    [2.675, 2.68],
    [1.004, 1],
    [123.456, 123.46],
    [0.1 + 0.2, 0.3],
    [-1.005, -1.01], // half away from zero
    [-0.001, 0], // no -0
    [12345678.905, 12345678.91],
    [1e-7, 0],
  ])('%p → %p', (amount, rounded) => {
    expect(roundMoney(amount)).toBe(rounded);
  });

  it('rounds only for display: sum full-precision values, then round', () => {
    // 1 line at 30 lines/h and 1/h is 1/30 = 0.0333…; three developers sum to 0.1 → 0.10,
    // whereas rounding each to 0.03 first would show 0.09
    const config = { linesPerHour: 30, ratePerHour: 1, currency: 'USD' };
    const perDeveloper = [valueOf(1, config), valueOf(1, config), valueOf(1, config)];
    expect(roundMoney(perDeveloper.reduce((sum, value) => sum + value, 0))).toBe(0.1);
    expect(perDeveloper.map(roundMoney).reduce((sum, value) => sum + value, 0)).toBeCloseTo(0.09, 10);
  });
});
