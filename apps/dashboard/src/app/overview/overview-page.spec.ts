import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../testing/axe';
import { nextTask } from '../../testing/fixtures';
import { provideChartParts } from '../charts/provide-chart-parts';
import { VALUE_CONFIG_STORAGE_KEY } from '../core/value/value-config-store';
import { OverviewPage } from './overview-page';
import {
  anchorFixture,
  definitionsFixture,
  DEV_A,
  filterOptionsFixture,
  insightsFixture,
  metricsFixture,
} from './testing/overview-fixtures';

class NoopResizeObserver {
  observe(): void {
    return;
  }
  unobserve(): void {
    return;
  }
  disconnect(): void {
    return;
  }
}

// Fourteen charts and axe in jsdom take a few seconds per test.
jest.setTimeout(30_000);

describe('OverviewPage', () => {
  let controller: ApolloTestingController;
  let harness: RouterTestingHarness;

  beforeAll(() => {
    if (typeof globalThis.ResizeObserver === 'undefined') {
      globalThis.ResizeObserver = NoopResizeObserver as unknown as typeof ResizeObserver;
    }
  });

  async function open(url: string, storage: Record<string, string> = {}): Promise<void> {
    localStorage.clear();
    Object.entries(storage).forEach(([key, value]) => localStorage.setItem(key, value));
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [provideRouter([{ path: 'overview', component: OverviewPage, providers: [provideChartParts()] }])],
    });
    controller = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create(url);
    await settle();
  }

  async function settle(): Promise<void> {
    await nextTask();
    await harness.fixture.whenStable();
    await nextTask();
    await harness.fixture.whenStable();
  }

  /** Answers every query the page asks, in the order the page needs them. */
  async function answerAll(metrics = metricsFixture()): Promise<void> {
    controller.expectOne('PeriodAnchor').flush({ data: anchorFixture() });
    await settle();
    controller.expectOne('OverviewMetrics').flush({ data: metrics });
    controller.expectOne('OverviewInsights').flush({ data: insightsFixture() });
    controller.expectOne('OverviewFilterOptions').flush({ data: filterOptionsFixture() });
    controller.expectOne('MetricDefinitions').flush({ data: definitionsFixture() });
    await settle();
  }

  const page = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null = page()): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const kpi = (label: string): string => {
    const card = Array.from(page().querySelectorAll('app-kpi-card')).find(
      (c) => c.querySelector('h3')?.textContent === label,
    );
    if (!card) throw new Error(`No KPI "${label}" in: ${text()}`);
    return text(card);
  };

  afterEach(() => controller.verify());

  it('shows skeletons while loading, then KPIs with their change, insights and the 14 charts', async () => {
    await open('/overview');
    expect(page().querySelectorAll('.skeleton').length).toBeGreaterThan(0);
    expect(page().querySelector('[role="status"]')?.textContent).toContain('Loading');

    await answerAll();

    expect(page().querySelectorAll('.skeleton')).toHaveLength(0);
    expect(text(page().querySelector('.period'))).toContain('Oct 26 – Nov 1, 2026 (7 days)');
    // 1,200 against 1,000: +20%.
    expect(kpi('Generations')).toContain('1,200');
    expect(kpi('Generations')).toContain('+20%');
    // 45% against 40%: +5 points.
    expect(kpi('Acceptance rate')).toContain('45%');
    expect(kpi('Acceptance rate')).toContain('+5 pts');
    expect(kpi('Lines added')).toContain('+50%');
    expect(kpi('Net lines')).toContain('+2,400');
    expect(kpi('Active developers')).toContain('No change');
    // (3,000 + 600) lines ÷ 30 × 90 = $10,800; before (2,000 + 400) ÷ 30 × 90 = $7,200: +50%.
    expect(kpi('Estimated value')).toContain('$10,800');
    expect(kpi('Estimated value')).toContain('+50%');
    // The formula comes from the domain's definitions, not from the page.
    expect(kpi('Generations')).toContain('Sum of code generation events');

    expect(page().querySelectorAll('app-chart-card')).toHaveLength(14);
    expect(text(page().querySelector('app-insights-panel'))).toContain('Power users');
    expect(await seriousAxeViolations(page())).toEqual([]);
  });

  it('uses the value configuration stored by the explorer for the estimated value', async () => {
    await open('/overview', {
      [VALUE_CONFIG_STORAGE_KEY]: JSON.stringify({ linesPerHour: 60, ratePerHour: 100, currency: 'EUR' }),
    });
    await answerAll();
    // 3,600 lines ÷ 60 × 100 = €6,000.
    expect(kpi('Estimated value')).toContain('€6,000');
    expect(kpi('Estimated value')).toContain('60 lines per hour');
  });

  it('says "new" when the previous period had none, and shows an empty rate as a dash', async () => {
    await open('/overview');
    await answerAll(
      metricsFixture({
        kpis: { acceptanceRate: null },
        previousKpis: { totalGenerations: 0, linesAdded: 0, linesDeleted: 0, netLines: 0, acceptanceRate: null },
      }),
    );
    expect(kpi('Generations')).toContain('New: none before');
    expect(kpi('Acceptance rate')).toContain('—');
    expect(kpi('Acceptance rate')).toContain('No rate to compare');
    expect(kpi('Acceptance rate')).toContain('No generations in this period');
  });

  it('sends the URL filter, with a preset ending at the last day with data', async () => {
    await open(`/overview?days=7&tool=COPILOT&developer=${DEV_A}&ide=vscode`);
    controller.expectOne('PeriodAnchor').flush({ data: anchorFixture('2026-10-05', '2026-11-01') });
    await settle();
    const operation = controller.expectOne('OverviewMetrics');
    expect(operation.operation.variables).toEqual({
      filter: { from: '2026-10-26', to: '2026-11-01', sources: ['COPILOT'], developerIds: [DEV_A], ides: ['vscode'] },
    });
    // The filter choices list everything in the period, whatever else is filtered.
    expect(controller.expectOne('OverviewFilterOptions').operation.variables).toEqual({
      filter: { from: '2026-10-26', to: '2026-11-01' },
    });
    operation.flush({ data: metricsFixture() });
    controller.expectOne('OverviewInsights').flush({ data: insightsFixture() });
    controller.expectOne('MetricDefinitions').flush({ data: definitionsFixture() });
    await settle();
  });

  it('asks nothing for a custom range: it is sent as it is', async () => {
    await open('/overview?from=2026-09-01&to=2026-09-30');
    controller.expectNone('PeriodAnchor');
    expect(controller.expectOne('OverviewMetrics').operation.variables).toEqual({
      filter: { from: '2026-09-01', to: '2026-09-30' },
    });
    controller.match(() => true).forEach((op) => op.flush({ data: null }));
    await settle();
  });

  it('filters to the developer an insight names', async () => {
    await open('/overview');
    await answerAll();
    const link = page().querySelector<HTMLButtonElement>('.insight-developer');
    expect(link?.textContent?.trim()).toBe('octocat');
    // An item that is not a developer is plain text.
    expect(text(page().querySelector('.insight-warning'))).toContain('This week');
    expect(page().querySelectorAll('.insight-developer')).toHaveLength(1);

    link?.click();
    await settle();
    expect(TestBed.inject(Router).url).toBe(`/overview?developer=${DEV_A}`);
    controller.expectOne('PeriodAnchor').flush({ data: anchorFixture() });
    await settle();
    expect(controller.expectOne('OverviewMetrics').operation.variables['filter']).toEqual({
      from: '2026-10-05',
      to: '2026-11-01',
      developerIds: [DEV_A],
    });
    controller.match(() => true).forEach((op) => op.flush({ data: null }));
    await settle();
  });

  it('shows an error with a retry for each panel, and retrying asks again', async () => {
    await open('/overview');
    controller.expectOne('PeriodAnchor').flush({ data: anchorFixture() });
    await settle();
    controller.expectOne('OverviewMetrics').networkError(new Error('offline'));
    controller.expectOne('OverviewInsights').flush({ errors: [{ message: 'Insights are unavailable' }] });
    controller.expectOne('OverviewFilterOptions').flush({ data: filterOptionsFixture() });
    controller.expectOne('MetricDefinitions').flush({ data: definitionsFixture() });
    await settle();

    const alerts = Array.from(page().querySelectorAll('[role="alert"]')).map((a) => text(a));
    expect(alerts).toEqual([
      expect.stringContaining('Could not load the numbers. The server could not be reached.'),
      expect.stringContaining('Could not load the insights. Insights are unavailable'),
      expect.stringContaining('Could not load the charts.'),
    ]);
    expect(await seriousAxeViolations(page())).toEqual([]);

    page().querySelector<HTMLButtonElement>('.banner-error button')?.click();
    await settle();
    await answerAll();
    expect(page().querySelectorAll('[role="alert"]')).toHaveLength(0);
    expect(page().querySelectorAll('app-chart-card')).toHaveLength(14);
  });
});
