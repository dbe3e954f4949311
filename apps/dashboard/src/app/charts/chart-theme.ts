import { DOCUMENT } from '@angular/common';
import { computed, DestroyRef, inject, Injectable, signal } from '@angular/core';

/**
 * Chart colours come from CSS custom properties, so the shell's light and dark palettes reach the canvas (which
 * cannot use `var()`). Each has a fallback that reads well on both the light and the dark surface.
 */
export interface ChartPalette {
  indigo: string;
  teal: string;
  amber: string;
  rose: string;
  green: string;
  sky: string;
  violet: string;
  orange: string;
  lime: string;
  pink: string;
  /** Data without a value to colour by (a rate below the gate) and the "Other" slice. */
  neutral: string;
  text: string;
  textMuted: string;
  grid: string;
  surface: string;
}

export const CHART_COLOR_VARIABLES: Readonly<
  Record<keyof ChartPalette, readonly [variable: string, fallback: string]>
> = {
  indigo: ['--color-chart-indigo', '#6366f1'],
  teal: ['--color-chart-teal', '#14b8a6'],
  amber: ['--color-chart-amber', '#f59e0b'],
  rose: ['--color-chart-rose', '#f43f5e'],
  green: ['--color-chart-green', '#22c55e'],
  sky: ['--color-chart-sky', '#0ea5e9'],
  violet: ['--color-chart-violet', '#a855f7'],
  orange: ['--color-chart-orange', '#f97316'],
  lime: ['--color-chart-lime', '#84cc16'],
  pink: ['--color-chart-pink', '#ec4899'],
  neutral: ['--color-chart-neutral', '#94a3b8'],
  text: ['--color-text', '#1b2430'],
  textMuted: ['--color-text-muted', '#5a6472'],
  grid: ['--color-border', '#dde1e7'],
  surface: ['--color-surface', '#ffffff'],
};

/** Slice colours for share charts, in order; "Other" is always `neutral`. */
export const CATEGORY_ORDER: readonly (keyof ChartPalette)[] = [
  'indigo',
  'teal',
  'amber',
  'rose',
  'green',
  'sky',
  'violet',
  'orange',
  'lime',
  'pink',
];

/** Reads the palette from `element`'s computed style; a variable that is not set falls back to its default. */
export function readChartPalette(element: Element | null): ChartPalette {
  const style = element !== null && typeof getComputedStyle === 'function' ? getComputedStyle(element) : null;
  const entries = Object.entries(CHART_COLOR_VARIABLES).map(([name, [variable, fallback]]) => {
    const value = style?.getPropertyValue(variable).trim() ?? '';
    return [name, value.length > 0 ? value : fallback];
  });
  return Object.fromEntries(entries) as ChartPalette;
}

/** What a chart's options depend on besides its data. */
export interface ChartLook {
  palette: ChartPalette;
  reducedMotion: boolean;
}

/** The default palette, as `readChartPalette` returns it when no variable is set. */
export function fallbackChartPalette(): ChartPalette {
  return readChartPalette(null);
}

/** `#6366f1`, 0.2 → `rgb(99 102 241 / 0.2)`; colours that are not 6-digit hex are returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim());
  if (hex === null) return color;
  const [r, g, b] = [hex[1], hex[2], hex[3]].map((part) => parseInt(part ?? '0', 16));
  return `rgb(${r} ${g} ${b} / ${alpha})`;
}

/**
 * The palette and motion preference every chart builds its options from. It re-reads the CSS variables when the
 * shell switches theme (`data-theme` on `<html>`) or the system colour scheme changes, so charts redraw in the new
 * colours without a reload.
 */
@Injectable({ providedIn: 'root' })
export class ChartTheme {
  private readonly root = inject(DOCUMENT).documentElement;
  private readonly themeVersion = signal(0);
  private readonly reducedMotionState = signal(false);

  readonly palette = computed<ChartPalette>(() => {
    this.themeVersion();
    return readChartPalette(this.root);
  });

  /** True when the person asked the system for less motion: charts then draw without animation. */
  readonly reducedMotion = this.reducedMotionState.asReadonly();

  /** Palette and motion together, as every chart's options builder takes them. */
  readonly look = computed<ChartLook>(() => ({ palette: this.palette(), reducedMotion: this.reducedMotion() }));

  constructor() {
    const view = this.root.ownerDocument.defaultView;
    const refresh = (): void => this.themeVersion.update((version) => version + 1);
    const cleanups: (() => void)[] = [];

    if (view !== null && typeof view.MutationObserver === 'function') {
      const observer = new view.MutationObserver(refresh);
      observer.observe(this.root, { attributes: true, attributeFilter: ['data-theme', 'class', 'style'] });
      cleanups.push(() => observer.disconnect());
    }
    if (view !== null && typeof view.matchMedia === 'function') {
      const colorScheme = view.matchMedia('(prefers-color-scheme: dark)');
      colorScheme.addEventListener('change', refresh);
      cleanups.push(() => colorScheme.removeEventListener('change', refresh));

      const motion = view.matchMedia('(prefers-reduced-motion: reduce)');
      const updateMotion = (): void => this.reducedMotionState.set(motion.matches);
      updateMotion();
      motion.addEventListener('change', updateMotion);
      cleanups.push(() => motion.removeEventListener('change', updateMotion));
    }
    inject(DestroyRef).onDestroy(() => cleanups.forEach((cleanup) => cleanup()));
  }
}
