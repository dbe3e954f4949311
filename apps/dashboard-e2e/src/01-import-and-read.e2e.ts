import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { defaultPeriod, explorerRows, graphql, type Period } from './support/api';
import {
  eventually,
  launchChromium,
  mainNav,
  newContext,
  paintedPixels,
  saveScreenshot,
  textOf,
  waitForOrAlert,
} from './support/browser';
import {
  asShown,
  expectedChartStates,
  generationsByLogin,
  MIN_PAINTED_PIXELS,
  type ShownChart,
} from './support/chart-expectations';
import {
  byLogin,
  type CopilotRecord,
  daysOf,
  FIXTURE_FILE_NAME,
  isActive,
  readCopilotFixture,
  totalsOf,
} from './support/copilot-fixture';
import { parseCsv } from './support/csv';
import { cents, formatCount, formatUsd, formatWholeUsd, parseDisplayedNumber } from './support/numbers';
import { ARTIFACTS_DIR, COPILOT_FIXTURE } from './support/paths';
import { e2eServer } from './support/server-env';

/** Uploading, importing and the first screen read take longer than other UI steps on a busy machine. */
const SLOW_STEP_MS = 120_000;
const PERIOD_DAYS = 28;

const records = readCopilotFixture();
const fileDays = daysOf(records);

describe('an admin imports the Copilot export through the dashboard and reads it back', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchChromium();
    context = await newContext(browser);
    page = await context.newPage();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('signs in by pasting the token on /login', async () => {
    await page.goto('/login');
    await page.getByLabel('Access token').fill(e2eServer().adminToken);
    await page.getByRole('button', { name: 'Sign in' }).click();

    await page.waitForURL(/\/overview/, { timeout: SLOW_STEP_MS });
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await mainNav(page).getByRole('link', { name: 'Upload' }).waitFor();
  });

  it('previews the file on the upload page, imports it and lists the run as completed', async () => {
    await mainNav(page).getByRole('link', { name: 'Upload' }).click();
    await page.getByRole('heading', { level: 1, name: 'Upload usage data' }).waitFor();

    await page.getByLabel('Choose a usage file').setInputFiles(COPILOT_FIXTURE);

    const format = page.getByLabel('Format', { exact: true });
    await waitForOrAlert(page, format, SLOW_STEP_MS);
    const developerDays = new Set(records.map((r) => `${r.userId}/${r.day}`)).size;
    expect({
      format: await format.inputValue(),
      rows: await textOf(stat(page, 'Rows')),
      dates: await textOf(stat(page, 'Dates')),
      developers: await textOf(stat(page, 'Developers')),
      newDeveloperDays: await textOf(stat(page, 'New developer-days')),
      rowErrors: await textOf(stat(page, 'Rows with errors')),
    }).toEqual({
      format: 'COPILOT_NDJSON',
      rows: String(records.length),
      dates: `${fileDays.first} – ${fileDays.last}`,
      developers: String(byLogin(records).size),
      newDeveloperDays: String(developerDays),
      rowErrors: '0',
    });
    await page
      .getByRole('heading', { name: `First ${Math.min(20, records.length)} rows, as they would be stored` })
      .waitFor();
    await saveScreenshot(page, 'journey-upload-preview');

    await page.getByRole('button', { name: `Import ${records.length} rows` }).click();
    await waitForOrAlert(
      page,
      page.getByRole('heading', { name: `Imported ${records.length} rows from ${FIXTURE_FILE_NAME}` }),
      SLOW_STEP_MS,
    );

    const run = page.getByRole('row').filter({ hasText: FIXTURE_FILE_NAME });
    await eventually(async () => {
      const cells = await run.getByRole('cell').allTextContents();
      expect(cells.map((cell) => cell.trim()).slice(0, 4)).toEqual([
        'Completed',
        'GitHub Copilot usage (NDJSON)',
        String(records.length),
        '0',
      ]);
    });
  });

  it('shows KPI cards equal to the sums of the file over the default 28-day period', async () => {
    await mainNav(page).getByRole('link', { name: 'Overview' }).click();
    const period = await defaultPeriod();
    // The default period is the 28 days ending at the last day with data; every day of the file must fall in it.
    expect(period).toEqual({ from: addDays(fileDays.last, -(PERIOD_DAYS - 1)), to: fileDays.last });
    expect(fileDays.first >= period.from).toBe(true);

    await eventually(async () => expect(await kpiNumbers(page)).toEqual(expectedKpis(records, 90)), SLOW_STEP_MS);
    expect(await textOf(page.locator('.period-current'))).toBe(`${rangeText(period)} (${PERIOD_DAYS} days)`);
    await saveScreenshot(page, 'journey-overview-after-import');
  });

  it('draws all 14 charts, or states why one is legitimately empty, and renders the insights', async () => {
    expect(await chartStates(page)).toEqual(asShown(expectedChartStates(records)));

    const insights = page.getByRole('region', { name: 'Insights', exact: true });
    const { insights: expectedInsights } = await graphql<{ insights: { title: string }[] }>('{ insights { title } }');
    await eventually(async () => {
      const titles = await insights.getByRole('heading', { level: 3 }).allTextContents();
      expect(titles.map((title) => title.trim())).toEqual(expectedInsights.map((insight) => insight.title));
    });
    if (expectedInsights.length === 0) await insights.getByText(/Nothing stands out/).waitFor();
  });

  it('filters the overview to one developer: KPIs become that developer’s sums, kept in the URL', async () => {
    // The active developer with the fewest generations: below the 50 that the rate charts require.
    const [login] = [...generationsByLogin(records)]
      .filter(([, generations]) => generations > 0)
      .sort((a, b) => a[1] - b[1])
      .map(([name]) => name);
    if (login === undefined) throw new Error('The fixture has no developer with generations');
    const mine = records.filter((r) => r.login === login);

    await page.getByRole('combobox', { name: /^Developer/ }).selectOption({ label: login });

    await page.waitForURL(/[?&]developer=/);
    await eventually(async () => expect(await kpiNumbers(page)).toEqual(expectedKpis(mine, 90)));
    expect(await chartStates(page)).toEqual(asShown(expectedChartStates(mine)));
    await saveScreenshot(page, 'journey-overview-one-developer');
  });

  it('recomputes the explorer value columns when the hourly rate changes', async () => {
    await mainNav(page).getByRole('link', { name: 'Explorer' }).click();
    await page.getByRole('heading', { level: 1, name: 'Explorer' }).waitFor();

    await eventually(async () => expect(await explorerTable(page)).toEqual(expectedExplorer(records, 90)));

    const rate = page.getByLabel('Hourly rate');
    expect(await rate.inputValue()).toBe('90');
    await rate.fill('120');

    await eventually(async () => expect(await explorerTable(page)).toEqual(expectedExplorer(records, 120)));
    await saveScreenshot(page, 'journey-explorer-rate-120');
  });

  it('downloads the explorer CSV with the same developers and numbers as the API', async () => {
    const period = await defaultPeriod();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download CSV' }).click(),
    ]);
    const file = path.join(ARTIFACTS_DIR, 'explorer.csv');
    await download.saveAs(file);
    expect(download.suggestedFilename()).toBe(`explorer_${period.from}_${period.to}.csv`);

    const [header, ...rows] = parseCsv(readFileSync(file, 'utf8').replace(/^\uFEFF/, '')).filter(
      (r) => r.join('') !== '',
    );
    expect(header).toEqual([
      'developer',
      'days_active',
      'generations',
      'lines_added',
      'lines_deleted',
      'net_lines',
      'value_added',
      'value_deleted',
      'total_value',
    ]);

    const api = await explorerRows(period, { linesPerHour: 30, ratePerHour: 120, currency: 'USD' });
    expect(rows.map((row) => [row[0], ...row.slice(1).map(Number)])).toEqual(
      api.map((row) => [
        row.label,
        row.daysActive,
        row.generations,
        row.linesAdded,
        row.linesDeleted,
        row.netLines,
        cents(row.valueAdded),
        cents(row.valueDeleted),
        cents(row.totalValue),
      ]),
    );
    // And the API agrees with the file.
    expect(new Set(api.map((row) => row.label))).toEqual(new Set(byLogin(records).keys()));
  });

  it('shows the new hourly rate in the overview’s estimated value at once', async () => {
    await mainNav(page).getByRole('link', { name: 'Overview' }).click();
    await eventually(async () => expect(await kpiNumbers(page)).toEqual(expectedKpis(records, 120)));
    expect(await textOf(kpiCard(page, 'Estimated value').locator('.kpi-note'))).toContain('$120 per hour');
  });
});

/** The value of a `<dt>term</dt><dd>value</dd>` pair of the upload preview. */
function stat(page: Page, term: string): Locator {
  return page
    .locator('dl > div')
    .filter({ has: page.getByRole('term').getByText(term, { exact: true }) })
    .getByRole('definition')
    .first();
}

function kpiCard(page: Page, label: string): Locator {
  return page.getByRole('article', { name: label, exact: true });
}

const KPI_LABELS = [
  'Generations',
  'Acceptance rate',
  'Lines added',
  'Net lines',
  'Active developers',
  'Estimated value',
] as const;

type KpiNumbers = Record<(typeof KPI_LABELS)[number], number>;

async function kpiNumbers(page: Page): Promise<KpiNumbers> {
  const entries = await Promise.all(
    KPI_LABELS.map(async (label) => {
      const text = await textOf(kpiCard(page, label).locator('.kpi-value'));
      return [label, parseDisplayedNumber(text)] as const;
    }),
  );
  return Object.fromEntries(entries) as KpiNumbers;
}

/** The KPI cards' numbers as displayed (percent with one decimal, whole dollars) for `records`. */
function expectedKpis(records: readonly CopilotRecord[], ratePerHour: number): KpiNumbers {
  const t = totalsOf(records);
  return {
    Generations: t.generations,
    'Acceptance rate': Math.round((t.acceptances / t.generations) * 1000) / 10,
    'Lines added': t.linesAdded,
    'Net lines': t.linesAdded - t.linesDeleted,
    'Active developers': t.activeDevelopers,
    'Estimated value': parseDisplayedNumber(formatWholeUsd(((t.linesAdded + t.linesDeleted) * ratePerHour) / 30)),
  };
}

/** Each chart card of the overview as `chart` (a canvas with painted pixels) or `empty: <the reason it states>`. */
async function chartStates(page: Page): Promise<ShownChart[]> {
  const charts = page.getByRole('region', { name: 'Charts', exact: true });
  const headings = charts.getByRole('heading', { level: 3 });
  await eventually(async () => expect(await headings.count()).toBe(14));
  const shown: ShownChart[] = [];
  for (const heading of (await headings.allTextContents()).map((h) => h.trim())) {
    const card = charts.getByRole('region', { name: heading, exact: true });
    const canvas = card.locator('canvas');
    if ((await canvas.count()) === 0) {
      shown.push({ heading, shows: `empty: ${await textOf(card.locator('.chart-card-empty'))}` });
      continue;
    }
    // Chart.js canvases are transparent until drawn; an empty card has no canvas at all (it states why instead).
    const painted = await eventually(async () => {
      const count = await paintedPixels(canvas);
      expect(count).toBeGreaterThan(MIN_PAINTED_PIXELS);
      return count;
    }, 10_000).catch(() => 0);
    shown.push({ heading, shows: painted > MIN_PAINTED_PIXELS ? 'chart' : 'blank canvas' });
  }
  return shown;
}

/** Rows of the explorer table by developer: the visible text of each column, keyed by column header. */
async function explorerTable(page: Page): Promise<Record<string, Record<string, string>>> {
  const table = page.getByRole('table');
  await table.getByRole('row').nth(1).waitFor();
  const { headers, rows } = await table.evaluate((element) => {
    // Visible text only: sort arrows are aria-hidden and definitions sit in tooltips.
    const text = (node: Element | null): string => {
      if (node === null) return '';
      const copy = node.cloneNode(true) as Element;
      copy.querySelectorAll('[aria-hidden="true"], [role="tooltip"], .secondary').forEach((hidden) => hidden.remove());
      return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
    };
    return {
      headers: [...element.querySelectorAll('thead th')].map(text),
      rows: [...element.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('th, td')].map(text)),
    };
  });
  return Object.fromEntries(
    rows.map((cells) => [cells[0] ?? '', Object.fromEntries(headers.slice(1).map((h, i) => [h, cells[i + 1] ?? '']))]),
  );
}

/** The explorer rows the file implies at 30 lines per hour and `ratePerHour` dollars: value = lines ÷ 30 × rate. */
function expectedExplorer(
  records: readonly CopilotRecord[],
  ratePerHour: number,
): Record<string, Record<string, string>> {
  const value = (lines: number) => formatUsd((lines / 30) * ratePerHour);
  return Object.fromEntries(
    [...byLogin(records)].map(([login, rows]) => {
      const t = totalsOf(rows);
      const activeDays = new Set(rows.filter(isActive).map((r) => r.day)).size;
      return [
        login,
        {
          'Days active': formatCount(activeDays),
          Generations: formatCount(t.generations),
          'Lines added': formatCount(t.linesAdded),
          'Lines deleted': formatCount(t.linesDeleted),
          'Net lines': formatCount(t.linesAdded - t.linesDeleted),
          'Value added': value(t.linesAdded),
          'Value deleted': value(t.linesDeleted),
          'Total value': value(t.linesAdded + t.linesDeleted),
        },
      ];
    }),
  );
}

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** `Mar 21 – Apr 17, 2026`, as the overview writes its period. */
function rangeText(period: Period): string {
  const day = (value: string, withYear: boolean) =>
    new Date(`${value}T00:00:00Z`).toLocaleDateString('en-US', {
      month: 'short',
      day: 'numeric',
      timeZone: 'UTC',
      ...(withYear ? { year: 'numeric' } : {}),
    });
  const sameYear = period.from.slice(0, 4) === period.to.slice(0, 4);
  return `${day(period.from, !sameYear)} – ${day(period.to, true)}`;
}
