import { TestBed } from '@angular/core/testing';
import { ChartTheme, fallbackChartPalette, readChartPalette, withAlpha } from './chart-theme';

function stubReducedMotion(matches: boolean): void {
  Object.defineProperty(window, 'matchMedia', {
    configurable: true,
    value: (query: string) => ({
      matches: query.includes('reduced-motion') ? matches : false,
      media: query,
      addEventListener: () => undefined,
      removeEventListener: () => undefined,
    }),
  });
}

describe('chart theme', () => {
  afterEach(() => {
    document.documentElement.style.removeProperty('--color-chart-indigo');
    Reflect.deleteProperty(window, 'matchMedia');
  });

  it('falls back to the default colours when the shell defines no variable', () => {
    expect(readChartPalette(document.documentElement)).toEqual(fallbackChartPalette());
    expect(fallbackChartPalette()).toMatchObject({
      indigo: '#6366f1',
      teal: '#14b8a6',
      amber: '#f59e0b',
      rose: '#f43f5e',
      green: '#22c55e',
    });
  });

  it('reads the CSS custom properties and follows a theme switch', async () => {
    const theme = TestBed.inject(ChartTheme);
    expect(theme.palette().indigo).toBe('#6366f1');
    document.documentElement.style.setProperty('--color-chart-indigo', '#818cf8');
    document.documentElement.setAttribute('data-theme', 'dark');
    await new Promise((resolve) => setTimeout(resolve));
    expect(theme.palette().indigo).toBe('#818cf8');
    document.documentElement.removeAttribute('data-theme');
  });

  it('reports prefers-reduced-motion', () => {
    stubReducedMotion(true);
    expect(TestBed.inject(ChartTheme).reducedMotion()).toBe(true);
  });

  it('makes translucent fills from hex colours', () => {
    expect(withAlpha('#6366f1', 0.25)).toBe('rgb(99 102 241 / 0.25)');
    expect(withAlpha('rgb(1 2 3)', 0.5)).toBe('rgb(1 2 3)');
  });
});
