import { computed, Injectable, signal } from '@angular/core';
import { DEFAULT_VALUE_CONFIG, validateValueConfig, type ValueConfig, type ValueConfigResult } from '@devpulse/domain';

export const VALUE_CONFIG_STORAGE_KEY = 'devpulse.valueConfig';

/**
 * The value configuration (lines per hour, rate per hour, currency) shared by the explorer's panel and the overview's
 * estimated value KPI. Persisted in localStorage; a stored value that no longer validates falls back to the defaults.
 */
@Injectable({ providedIn: 'root' })
export class ValueConfigStore {
  private readonly state = signal<ValueConfig>(readStoredConfig());

  /** The current configuration; always valid. */
  readonly config = this.state.asReadonly();
  /** True when the configuration equals `DEFAULT_VALUE_CONFIG`. */
  readonly isDefault = computed(() => sameConfig(this.state(), DEFAULT_VALUE_CONFIG));

  /**
   * Validates the current configuration with `input` applied; applies and stores it only when valid. Returns the
   * validation result either way, so a form can show which field is wrong.
   */
  update(input: Partial<ValueConfig>): ValueConfigResult {
    const result = validateValueConfig({ ...this.state(), ...input });
    if (result.ok) {
      this.state.set(result.config);
      writeStoredConfig(result.config);
    }
    return result;
  }

  /** Back to the defaults; the stored value is forgotten, so later default changes apply. */
  reset(): void {
    this.state.set(DEFAULT_VALUE_CONFIG);
    try {
      globalThis.localStorage?.removeItem(VALUE_CONFIG_STORAGE_KEY);
    } catch {
      // Without storage there is nothing to forget.
    }
  }
}

function readStoredConfig(): ValueConfig {
  try {
    const text = globalThis.localStorage?.getItem(VALUE_CONFIG_STORAGE_KEY);
    if (text === null || text === undefined) return DEFAULT_VALUE_CONFIG;
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== 'object' || parsed === null) return DEFAULT_VALUE_CONFIG;
    const record = parsed as Record<string, unknown>;
    // A field of the wrong type is invalid (NaN, ''), not missing: the whole stored value is then ignored.
    const result = validateValueConfig({
      linesPerHour: typeof record['linesPerHour'] === 'number' ? record['linesPerHour'] : Number.NaN,
      ratePerHour: typeof record['ratePerHour'] === 'number' ? record['ratePerHour'] : Number.NaN,
      currency: typeof record['currency'] === 'string' ? record['currency'] : '',
    });
    return result.ok ? result.config : DEFAULT_VALUE_CONFIG;
  } catch {
    return DEFAULT_VALUE_CONFIG;
  }
}

function writeStoredConfig(config: ValueConfig): void {
  try {
    globalThis.localStorage?.setItem(VALUE_CONFIG_STORAGE_KEY, JSON.stringify(config));
  } catch {
    // Without storage the configuration lasts for this page only.
  }
}

function sameConfig(a: ValueConfig, b: ValueConfig): boolean {
  return a.linesPerHour === b.linesPerHour && a.ratePerHour === b.ratePerHour && a.currency === b.currency;
}
