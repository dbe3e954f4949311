import { TestBed } from '@angular/core/testing';
import { DEFAULT_VALUE_CONFIG } from '@devpulse/domain';
import { VALUE_CONFIG_STORAGE_KEY, ValueConfigStore } from './value-config-store';

describe('ValueConfigStore', () => {
  const stored = () => JSON.parse(localStorage.getItem(VALUE_CONFIG_STORAGE_KEY) ?? 'null') as unknown;

  beforeEach(() => localStorage.clear());

  it('starts from the domain defaults when nothing is stored', () => {
    const store = TestBed.inject(ValueConfigStore);
    expect(store.config()).toEqual(DEFAULT_VALUE_CONFIG);
    expect(store.isDefault()).toBe(true);
  });

  it('starts from a valid stored configuration', () => {
    localStorage.setItem(
      VALUE_CONFIG_STORAGE_KEY,
      JSON.stringify({ linesPerHour: 50, ratePerHour: 120, currency: 'EUR' }),
    );
    const store = TestBed.inject(ValueConfigStore);
    expect(store.config()).toEqual({ linesPerHour: 50, ratePerHour: 120, currency: 'EUR' });
    expect(store.isDefault()).toBe(false);
  });

  it.each([
    ['not JSON', '{not json'],
    ['not an object', '42'],
    ['null', 'null'],
    ['a negative rate', JSON.stringify({ linesPerHour: 30, ratePerHour: -1, currency: 'USD' })],
    ['zero lines per hour', JSON.stringify({ linesPerHour: 0, ratePerHour: 90, currency: 'USD' })],
    ['a lower-case currency', JSON.stringify({ linesPerHour: 30, ratePerHour: 90, currency: 'usd' })],
    ['a number given as text', JSON.stringify({ linesPerHour: '30', ratePerHour: 90, currency: 'USD' })],
    ['a missing field', JSON.stringify({ linesPerHour: 30, currency: 'USD' })],
  ])('falls back to the defaults when the stored value is %s', (_case, text) => {
    localStorage.setItem(VALUE_CONFIG_STORAGE_KEY, text);
    expect(TestBed.inject(ValueConfigStore).config()).toEqual(DEFAULT_VALUE_CONFIG);
  });

  it('applies and persists a valid update; a partial update keeps the other fields', () => {
    const store = TestBed.inject(ValueConfigStore);

    expect(store.update({ ratePerHour: 100 }).ok).toBe(true);
    expect(store.config()).toEqual({ ...DEFAULT_VALUE_CONFIG, ratePerHour: 100 });
    expect(stored()).toEqual({ ...DEFAULT_VALUE_CONFIG, ratePerHour: 100 });

    expect(store.update({ linesPerHour: 20, ratePerHour: 150, currency: 'GBP' }).ok).toBe(true);
    expect(stored()).toEqual({ linesPerHour: 20, ratePerHour: 150, currency: 'GBP' });
  });

  it('refuses an invalid update, names the fields, and keeps the last valid configuration', () => {
    const store = TestBed.inject(ValueConfigStore);
    store.update({ linesPerHour: 20, ratePerHour: 150, currency: 'GBP' });

    const result = store.update({ linesPerHour: -5, ratePerHour: Number.POSITIVE_INFINITY, currency: 'pounds' });

    expect(result.ok ? [] : result.errors.map((error) => error.field)).toEqual([
      'linesPerHour',
      'ratePerHour',
      'currency',
    ]);
    expect(store.config()).toEqual({ linesPerHour: 20, ratePerHour: 150, currency: 'GBP' });
    expect(stored()).toEqual({ linesPerHour: 20, ratePerHour: 150, currency: 'GBP' });
  });

  it('a new store reads what the previous one persisted', () => {
    TestBed.inject(ValueConfigStore).update({ linesPerHour: 40, ratePerHour: 100, currency: 'EUR' });
    TestBed.resetTestingModule();
    expect(TestBed.inject(ValueConfigStore).config()).toEqual({ linesPerHour: 40, ratePerHour: 100, currency: 'EUR' });
  });

  it('resets to the defaults and forgets the stored value', () => {
    const store = TestBed.inject(ValueConfigStore);
    store.update({ linesPerHour: 40, ratePerHour: 100, currency: 'EUR' });

    store.reset();

    expect(store.config()).toEqual(DEFAULT_VALUE_CONFIG);
    expect(store.isDefault()).toBe(true);
    expect(localStorage.getItem(VALUE_CONFIG_STORAGE_KEY)).toBeNull();
  });
});
