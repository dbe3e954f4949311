import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { provideCharts } from 'ng2-charts';
import { seriousAxeViolations } from '../../testing/axe';
import { nextTask } from '../../testing/fixtures';
import { SHELL_CHART_PARTS } from '../charts/testing/render-chart';
import { DeveloperDetailPage } from './developer-detail-page';
import type { ExplorerDayFieldsFragment, ExplorerDeveloperQuery } from '../core/graphql/generated';
import { definitionsResponse } from './testing/explorer-fixtures';

const ID = '7d1f9a52-3c4b-4e6f-8a9b-0c1d2e3f4a5b';

// A real response carries __typename (Apollo adds it to every selection); the cache needs it to match the fragment.
function day(dayText: string, values: Partial<ExplorerDayFieldsFragment> = {}): ExplorerDayFieldsFragment {
  const fields = { day: dayText, generations: 0, acceptances: 0, linesAdded: 0, linesDeleted: 0, interactions: 0 };
  return { __typename: 'DayAggregate', ...fields, ...values } as ExplorerDayFieldsFragment;
}

function response(overrides: Partial<ExplorerDeveloperQuery> = {}): ExplorerDeveloperQuery {
  return {
    developer: {
      id: ID,
      displayName: 'Alice Adams',
      githubLogin: 'alice',
      email: 'alice@example.com',
      isService: false,
      identities: [
        { kind: 'GITHUB_LOGIN', value: 'alice' },
        { kind: 'EMAIL', value: 'alice@example.com' },
      ],
      team: { id: 'team-1', name: 'Platform' },
    },
    all: {
      kpis: {
        totalGenerations: 1500,
        totalAcceptances: 600,
        acceptanceRate: 0.4,
        linesAdded: 300,
        linesDeleted: 60,
        netLines: 240,
        interactions: 75,
        activeDays: 2,
      },
    },
    copilot: {
      byDay: [day('2026-11-27', { generations: 1000, linesAdded: 200 }), day('2026-11-28', { generations: 400 })],
    },
    claudeCode: {
      byDay: [day('2026-11-27'), day('2026-11-28', { generations: 100, interactions: 75, linesAdded: 100 })],
    },
    other: { byDay: [day('2026-11-27'), day('2026-11-28')] },
    ...overrides,
  };
}

// jsdom has no ResizeObserver; chart.js uses one for responsive charts.
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

describe('DeveloperDetailPage', () => {
  let harness: RouterTestingHarness;
  let apollo: ApolloTestingController;

  async function open(url: string): Promise<void> {
    globalThis.ResizeObserver ??= NoopResizeObserver as unknown as typeof ResizeObserver;
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideRouter([
          { path: 'explorer', children: [] },
          { path: 'explorer/:developerId', component: DeveloperDetailPage },
        ]),
        provideCharts({ registerables: SHELL_CHART_PARTS }),
      ],
    });
    apollo = TestBed.inject(ApolloTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, DeveloperDetailPage);
    await settle();
  }

  async function settle(): Promise<void> {
    await nextTask();
    await harness.fixture.whenStable();
    await nextTask();
    await harness.fixture.whenStable();
  }

  const page = (): HTMLElement => harness.routeNativeElement as HTMLElement;
  const text = (element: Element | null = page()): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const kpi = (label: string): string => {
    const term = Array.from(page().querySelectorAll('dt')).find((dt) => text(dt) === label);
    return text(term?.nextElementSibling ?? null);
  };

  beforeEach(() => localStorage.clear());
  afterEach(() => apollo.verify());

  it('asks for the developer over the filter period, once for all tools and once per tool', async () => {
    await open(`/explorer/${ID}?from=2026-11-27&to=2026-11-28&ide=vscode`);
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });

    const operation = apollo.expectOne('ExplorerDeveloper');
    const all = { from: '2026-11-27', to: '2026-11-28', ides: ['vscode'], developerIds: [ID] };
    expect(operation.operation.variables).toEqual({
      id: ID,
      all,
      copilot: { ...all, sources: ['COPILOT'] },
      claudeCode: { ...all, sources: ['CLAUDE_CODE'] },
      other: { ...all, sources: ['OTHER'] },
    });
    expect(text()).toContain('Loading developer…');
    operation.flush({ data: response() });
    await settle();

    expect(text(page().querySelector('h1'))).toBe('alice');
    expect(text(page().querySelector('.lead'))).toContain('Team Platform');
    expect(Array.from(page().querySelectorAll('.identities li'), (item) => text(item))).toEqual([
      'GitHub login: alice',
      'Email: alice@example.com',
    ]);
  });

  it('shows the KPIs of the period with their definitions, value by the configured settings', async () => {
    await open(`/explorer/${ID}?from=2026-11-27&to=2026-11-28`);
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    apollo.expectOne('ExplorerDeveloper').flush({ data: response() });
    await settle();

    expect(kpi('Days active')).toBe('2');
    expect(kpi('Generations')).toBe('1,500');
    expect(kpi('Acceptance rate')).toBe('40%');
    expect(kpi('Net lines')).toBe('240');
    // (300 + 60) lines at 30 lines/h and 90 USD/h: 12 h → $1,080.
    expect(kpi('Total value')).toBe('$1,080.00');
    expect(text()).toContain('Value added + value deleted.');
  });

  it('draws one line per tool with activity, limited to the tools the filter selects', async () => {
    await open(`/explorer/${ID}?from=2026-11-27&to=2026-11-28&tool=COPILOT&tool=CLAUDE_CODE`);
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    apollo.expectOne('ExplorerDeveloper').flush({ data: response() });
    await settle();

    expect(page().querySelector('canvas')).not.toBeNull();
    expect(text(page().querySelector('app-developer-history-chart'))).toContain(
      'alice over 2 days: GitHub Copilot 1,400 generations; Claude Code 100 generations.',
    );
  });

  it('links back to the explorer keeping the filter', async () => {
    await open(`/explorer/${ID}?days=7&tool=COPILOT`);
    apollo
      .expectOne('PeriodAnchor')
      .flush({ data: { metrics: { period: { from: '2026-11-01', to: '2026-11-28', days: 28 } } } });
    await settle();
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    const operation = apollo.expectOne('ExplorerDeveloper');
    expect(operation.operation.variables['all']).toEqual({
      from: '2026-11-22',
      to: '2026-11-28',
      sources: ['COPILOT'],
      developerIds: [ID],
    });
    operation.flush({ data: response() });
    await settle();

    const back = page().querySelector<HTMLAnchorElement>('.back a');
    expect(back?.getAttribute('href')).toBe('/explorer?days=7&tool=COPILOT');
  });

  it('says so when the developer does not exist', async () => {
    await open(`/explorer/${ID}?from=2026-11-27&to=2026-11-28`);
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    apollo.expectOne('ExplorerDeveloper').flush({ data: response({ developer: null }) });
    await settle();
    expect(text(page().querySelector('[role="alert"]'))).toContain('No developer with this id');
  });

  it('shows an error with a retry', async () => {
    await open(`/explorer/${ID}?from=2026-11-27&to=2026-11-28`);
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    apollo.expectOne('ExplorerDeveloper').networkError(new Error('offline'));
    await settle();
    expect(text(page().querySelector('[role="alert"]'))).toContain('Could not load this developer.');

    page().querySelector<HTMLButtonElement>('[role="alert"] button')?.click();
    await settle();
    apollo.expectOne('ExplorerDeveloper').flush({ data: response() });
    await settle();
    expect(text(page().querySelector('h1'))).toBe('alice');
  });

  it('has no serious or critical axe violations', async () => {
    await open(`/explorer/${ID}?from=2026-11-27&to=2026-11-28`);
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    apollo.expectOne('ExplorerDeveloper').flush({ data: response() });
    await settle();
    expect(await seriousAxeViolations(page())).toEqual([]);
  }, 20_000);
});
