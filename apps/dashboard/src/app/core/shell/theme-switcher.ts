import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { ThemePreference, ThemeStore } from './theme-store';

@Component({
  selector: 'app-theme-switcher',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset class="switcher">
      <legend class="visually-hidden">Colour theme</legend>
      @for (option of options; track option.value) {
        <label class="option" [class.selected]="theme.preference() === option.value">
          <input
            type="radio"
            name="theme"
            class="visually-hidden"
            [value]="option.value"
            [checked]="theme.preference() === option.value"
            (change)="chooseTheme(option.value)"
          />
          {{ option.label }}
        </label>
      }
    </fieldset>
  `,
  styles: `
    .switcher {
      display: inline-flex;
      margin: 0;
      padding: 2px;
      border: 1px solid var(--color-border);
      border-radius: var(--radius-md);
      background: var(--color-surface-sunken);
    }

    .option {
      padding: var(--space-1) var(--space-2);
      border-radius: calc(var(--radius-md) - 2px);
      font-size: var(--font-size-sm);
      color: var(--color-text-muted);
      cursor: pointer;
    }

    .option.selected {
      background: var(--color-surface);
      color: var(--color-text);
      box-shadow: var(--shadow-sm);
    }

    .option:has(input:focus-visible) {
      outline: 2px solid var(--color-focus);
      outline-offset: 1px;
    }
  `,
})
export class ThemeSwitcher {
  protected readonly theme = inject(ThemeStore);
  protected readonly options: readonly { value: ThemePreference; label: string }[] = [
    { value: 'light', label: 'Light' },
    { value: 'dark', label: 'Dark' },
    { value: 'system', label: 'System' },
  ];

  protected chooseTheme(preference: ThemePreference): void {
    this.theme.setPreference(preference);
  }
}
