import type { Browser, BrowserContext, Page } from 'playwright-core';
import { defaultPeriod, ensureFixtureImported, explorerRows } from './support/api';
import { seriousViolations } from './support/axe';
import {
  DESKTOP,
  eventually,
  launchChromium,
  newContext,
  saveScreenshot,
  signInWithUrl,
  SMALL_LAPTOP,
  TABLET,
} from './support/browser';
import { FIXTURE_FILE_NAME } from './support/copilot-fixture';
import { COPILOT_FIXTURE } from './support/paths';
import { e2eServer } from './support/server-env';

interface Screen {
  name: string;
  signedIn: boolean;
  path: () => string;
  /** Resolves once the screen shows its data (not a loading state). */
  ready: (page: Page) => Promise<void>;
}

/** The developer whose detail screen is checked: the explorer's first row (most net lines). */
let developer: { id: string; label: string } = { id: '', label: '' };

const SCREENS: readonly Screen[] = [
  {
    name: 'login',
    signedIn: false,
    path: () => '/login',
    ready: (page) => page.getByRole('heading', { level: 1, name: 'Sign in' }).waitFor(),
  },
  {
    name: 'overview',
    signedIn: true,
    path: () => '/overview',
    ready: async (page) => {
      await page.getByRole('article', { name: 'Generations', exact: true }).waitFor();
      const charts = page.getByRole('region', { name: 'Charts', exact: true });
      await eventually(async () => expect(await charts.getByRole('heading', { level: 3 }).count()).toBe(14));
      const insights = page.getByRole('region', { name: 'Insights', exact: true });
      await insights
        .getByRole('heading', { level: 3 })
        .or(insights.getByText(/Nothing stands out/))
        .first()
        .waitFor();
    },
  },
  {
    name: 'upload',
    signedIn: true,
    path: () => '/upload',
    ready: (page) => page.getByRole('row').filter({ hasText: FIXTURE_FILE_NAME }).first().waitFor(),
  },
  {
    name: 'upload-preview',
    signedIn: true,
    path: () => '/upload',
    ready: async (page) => {
      await page.getByLabel('Choose a usage file').setInputFiles(COPILOT_FIXTURE);
      await page.getByRole('button', { name: /^Import \d+ rows$/ }).waitFor();
    },
  },
  {
    name: 'explorer',
    signedIn: true,
    path: () => '/explorer',
    ready: (page) => page.getByRole('table').getByRole('link', { name: developer.label, exact: true }).waitFor(),
  },
  {
    name: 'developer',
    signedIn: true,
    path: () => `/explorer/${developer.id}`,
    ready: async (page) => {
      await page.getByRole('heading', { level: 1, name: developer.label }).waitFor();
      await page.getByRole('heading', { name: 'Daily history' }).waitFor();
      await page.locator('canvas').first().waitFor();
    },
  },
  {
    name: 'developers',
    signedIn: true,
    path: () => '/developers',
    ready: (page) => page.getByRole('table').getByRole('rowheader').first().waitFor(),
  },
  {
    name: 'tokens',
    signedIn: true,
    path: () => '/settings/tokens',
    ready: (page) => page.getByRole('table').getByRole('rowheader').first().waitFor(),
  },
];

let browser: Browser;

beforeAll(async () => {
  await ensureFixtureImported();
  const [top] = await explorerRows(await defaultPeriod(), { linesPerHour: 30, ratePerHour: 90, currency: 'USD' });
  if (top === undefined) throw new Error('The explorer has no developer');
  developer = { id: top.developer.id, label: top.label };
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

// Screenshots (test-artifacts/e2e/<screen>.png and <screen>-dark.png) at 1280 px; 1024 px is checked, not saved.
describe.each([
  ['1280×800', DESKTOP, 'light', ''],
  ['1024×768', SMALL_LAPTOP, 'light', null],
  ['1280×800 in the dark theme', DESKTOP, 'dark', '-dark'],
] as const)('every screen at %s', (_size, viewport, colorScheme, screenshotSuffix) => {
  let signedIn: BrowserContext;
  let signedOut: BrowserContext;

  beforeAll(async () => {
    signedOut = await newContext(browser, viewport, colorScheme);
    signedIn = await newContext(browser, viewport, colorScheme);
    await signInWithUrl(await signedIn.newPage(), e2eServer().adminToken);
  });

  afterAll(async () => {
    await signedIn?.close();
    await signedOut?.close();
  });

  it.each(SCREENS.map((screen) => [screen.name, screen] as const))(
    '%s has no serious or critical axe-core violation',
    async (name, screen) => {
      const page = await (screen.signedIn ? signedIn : signedOut).newPage();
      await page.goto(screen.path());
      await screen.ready(page);
      if (screenshotSuffix !== null) await saveScreenshot(page, `${name}${screenshotSuffix}`);
      expect(await seriousViolations(page)).toEqual([]);
      await page.close();
    },
  );
});

describe('at 768 px wide', () => {
  it('every screen fits the width: no horizontal scrolling, the main content fully in view', async () => {
    const context = await newContext(browser, TABLET);
    await signInWithUrl(await context.newPage(), e2eServer().adminToken);
    const overflows: {
      screen: string;
      pageWidth: number;
      viewportWidth: number;
      mainLeft: number;
      mainRight: number;
    }[] = [];
    for (const screen of SCREENS.filter((s) => s.signedIn)) {
      const page = await context.newPage();
      await page.goto(screen.path());
      await screen.ready(page);
      const layout = await page.evaluate(() => {
        const main = document.querySelector('main')?.getBoundingClientRect();
        return {
          pageWidth: document.documentElement.scrollWidth,
          viewportWidth: document.documentElement.clientWidth,
          mainLeft: Math.round(main?.left ?? -1),
          mainRight: Math.round(main?.right ?? Number.POSITIVE_INFINITY),
        };
      });
      if (layout.pageWidth > layout.viewportWidth || layout.mainLeft < 0 || layout.mainRight > layout.viewportWidth) {
        overflows.push({ screen: screen.name, ...layout });
      }
      if (['overview', 'explorer', 'upload-preview'].includes(screen.name))
        await saveScreenshot(page, `${screen.name}-768`);
      await page.close();
    }
    await context.close();
    expect(overflows).toEqual([]);
  });
});
