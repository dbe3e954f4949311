import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DEFAULT_VALUE_CONFIG, type ValueConfig, type ValueConfigError } from '@devpulse/domain';
import { ValueConfigStore } from './value-config-store';

type ValueField = keyof ValueConfig;

/** Common choices offered as suggestions; any ISO 4217 code is accepted. */
export const SUGGESTED_CURRENCIES = ['USD', 'EUR', 'GBP', 'CHF', 'CAD', 'AUD', 'JPY', 'INR', 'SEK', 'PLN'] as const;

const FIELD_MESSAGES: Record<ValueField, string> = {
  linesPerHour: 'Enter a number of lines greater than 0.',
  ratePerHour: 'Enter an hourly rate greater than 0.',
  currency: 'Enter a three-letter currency code, such as USD or EUR.',
};

let nextPanelId = 0;

/**
 * Lines per hour, hourly rate and currency behind every value figure. Each valid edit applies at once (and is
 * remembered); an invalid one is explained beside its field while the last valid configuration stays in use.
 */
@Component({
  selector: 'app-value-config-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  templateUrl: './value-config-panel.html',
  styleUrl: './value-config-panel.css',
})
export class ValueConfigPanel {
  private readonly store = inject(ValueConfigStore);

  protected readonly idPrefix = `value-config-${nextPanelId++}`;
  protected readonly currencies = SUGGESTED_CURRENCIES;
  protected readonly defaults = DEFAULT_VALUE_CONFIG;
  protected readonly isDefault = this.store.isDefault;

  /** What the fields show: the typed text, even when it is not valid yet. */
  protected readonly draft = signal<Record<ValueField, string>>(toDraft(this.store.config()));
  protected readonly errors = signal<Partial<Record<ValueField, string>>>({});
  protected readonly hasErrors = computed(() => Object.keys(this.errors()).length > 0);

  protected edit(field: ValueField, event: Event): void {
    const text = (event.target as HTMLInputElement).value;
    const draft = { ...this.draft(), [field]: text };
    this.draft.set(draft);
    const result = this.store.update({
      linesPerHour: parseNumber(draft.linesPerHour),
      ratePerHour: parseNumber(draft.ratePerHour),
      currency: draft.currency.trim().toUpperCase(),
    });
    this.errors.set(result.ok ? {} : fieldMessages(result.errors));
  }

  protected resetToDefaults(): void {
    this.store.reset();
    this.draft.set(toDraft(this.store.config()));
    this.errors.set({});
  }

  protected errorId(field: ValueField): string {
    return `${this.idPrefix}-${field}-error`;
  }
}

function toDraft(config: ValueConfig): Record<ValueField, string> {
  return {
    linesPerHour: String(config.linesPerHour),
    ratePerHour: String(config.ratePerHour),
    currency: config.currency,
  };
}

/** Empty or non-numeric text becomes NaN, which validation refuses; it must not fall back to a default silently. */
function parseNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

function fieldMessages(errors: readonly ValueConfigError[]): Partial<Record<ValueField, string>> {
  return Object.fromEntries(errors.map((error) => [error.field, FIELD_MESSAGES[error.field]]));
}
