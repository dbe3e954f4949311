import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Locator, type Page } from 'playwright-core';
import { ARTIFACTS_DIR, CHROMIUM } from './paths';
import { e2eServer } from './server-env';

export const DESKTOP = { width: 1280, height: 800 } as const;
export const SMALL_LAPTOP = { width: 1024, height: 768 } as const;
export const TABLET = { width: 768, height: 1024 } as const;

/** Waits on UI states use this unless a step is known to be slower (upload, first overview). */
export const UI_TIMEOUT_MS = 30_000;

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
}

/** A fresh browser profile (empty localStorage) on the e2e server; charts draw their final state at once. */
export async function newContext(
  browser: Browser,
  viewport: { width: number; height: number } = DESKTOP,
  colorScheme: 'light' | 'dark' = 'light',
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL: e2eServer().baseUrl,
    viewport,
    reducedMotion: 'reduce',
    // The dashboard follows the system theme until one is chosen.
    colorScheme,
    locale: 'en-US',
    timezoneId: 'UTC',
    acceptDownloads: true,
  });
  context.setDefaultTimeout(UI_TIMEOUT_MS);
  return context;
}

/** Signs in through the one-time login URL form (`/login#token=…`) and waits for the overview. */
export async function signInWithUrl(page: Page, token: string): Promise<void> {
  await page.goto(`/login#token=${encodeURIComponent(token)}`);
  await page.waitForURL(/\/overview/);
  await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
}

/** The app's main navigation (Overview, Explorer, Developers, Upload, Access tokens). */
export function mainNav(page: Page): Locator {
  return page.getByRole('navigation', { name: 'Main' });
}

/** Retries `check` (an assertion) until it passes or `timeoutMs` elapses, then throws its last error. */
export async function eventually<T>(check: () => Promise<T>, timeoutMs = UI_TIMEOUT_MS, intervalMs = 250): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      return await check();
    } catch (error) {
      if (Date.now() >= deadline) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}

/**
 * Waits for `expected`, failing at once with the page's message when an error alert shows up instead, so a broken
 * step reports the app's own explanation rather than a timeout.
 */
export async function waitForOrAlert(page: Page, expected: Locator, timeoutMs = UI_TIMEOUT_MS): Promise<void> {
  const alert = page.getByRole('alert').filter({ hasText: /\S/ });
  await expected.or(alert).first().waitFor({ timeout: timeoutMs });
  if (!(await expected.first().isVisible()) && (await alert.count()) > 0) {
    throw new Error(`The page shows an error instead: ${await textOf(alert.first())}`);
  }
}

/** The trimmed text of an element, with whitespace runs collapsed. */
export async function textOf(locator: Locator): Promise<string> {
  return ((await locator.textContent()) ?? '').replace(/\s+/g, ' ').trim();
}

/** Number of pixels with some opacity: a chart.js canvas is transparent until something is drawn. */
export function paintedPixels(canvas: Locator): Promise<number> {
  return canvas.evaluate((element) => {
    if (!(element instanceof HTMLCanvasElement)) return 0;
    const context = element.getContext('2d');
    if (context === null || element.width === 0 || element.height === 0) return 0;
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let painted = 0;
    for (let index = 3; index < data.length; index += 4) if ((data[index] ?? 0) > 0) painted++;
    return painted;
  });
}

/** Saves a full-page screenshot as `test-artifacts/e2e/<name>.png`. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(ARTIFACTS_DIR, { recursive: true });
  const file = path.join(ARTIFACTS_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
