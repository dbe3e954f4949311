import { DOCUMENT } from '@angular/common';
import { effect, inject, Injectable, signal } from '@angular/core';

export type ThemePreference = 'light' | 'dark' | 'system';

export const THEME_STORAGE_KEY = 'devpulse.theme';

const PREFERENCES: readonly ThemePreference[] = ['light', 'dark', 'system'];

/** The colour theme: follows the system unless the person picks light or dark; the choice is remembered. */
@Injectable({ providedIn: 'root' })
export class ThemeStore {
  private readonly root = inject(DOCUMENT).documentElement;
  private readonly preferenceState = signal<ThemePreference>(readPreference());

  readonly preference = this.preferenceState.asReadonly();

  constructor() {
    effect(() => {
      const preference = this.preferenceState();
      // styles.css applies prefers-color-scheme when no data-theme attribute is set.
      if (preference === 'system') {
        this.root.removeAttribute('data-theme');
      } else {
        this.root.setAttribute('data-theme', preference);
      }
      try {
        localStorage.setItem(THEME_STORAGE_KEY, preference);
      } catch {
        // Without storage the choice lasts for this page only.
      }
    });
  }

  setPreference(preference: ThemePreference): void {
    this.preferenceState.set(preference);
  }
}

function readPreference(): ThemePreference {
  try {
    const stored = localStorage.getItem(THEME_STORAGE_KEY);
    return PREFERENCES.find((p) => p === stored) ?? 'system';
  } catch {
    return 'system';
  }
}
