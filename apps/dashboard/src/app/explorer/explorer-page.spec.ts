import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule, type TestOperation } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../testing/axe';
import { nextTask, viewerFixture } from '../../testing/fixtures';
import { AuthStore } from '../core/auth/auth-store';
import { VALUE_CONFIG_STORAGE_KEY } from '../core/value/value-config-store';
import { ExplorerPage, SEARCH_DEBOUNCE_MS } from './explorer-page';
import {
  definitionsResponse,
  explorerPage,
  explorerRow,
  PERIOD,
  periodAnchorResponse,
} from './testing/explorer-fixtures';

const ALICE = explorerRow('a1', { daysActive: 12, generations: 1500, linesAdded: 300, linesDeleted: 0 }, undefined, {
  githubLogin: 'alice',
  email: 'alice@example.com',
  displayName: 'Alice Adams',
});
const BOB = explorerRow('b2', { daysActive: 3, generations: 40, linesAdded: 60, linesDeleted: 30 }, undefined, {
  githubLogin: null,
  email: 'bob@example.com',
  displayName: 'Bob Brown',
});

describe('ExplorerPage', () => {
  let fixture: ComponentFixture<ExplorerPage>;
  let apollo: ApolloTestingController;
  let http: HttpTestingController;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [ExplorerPage, ApolloTestingModule],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(AuthStore).signIn('viewer-token', viewerFixture({ role: 'VIEWER' }));
    apollo = TestBed.inject(ApolloTestingController);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(ExplorerPage);
    await settle();
    apollo.expectOne('PeriodAnchor').flush({ data: periodAnchorResponse() });
    await settle();
    apollo.expectOne('ExplorerMetricDefinitions').flush({ data: definitionsResponse() });
    await settle();
  }

  async function settle(): Promise<void> {
    await nextTask();
    await fixture.whenStable();
    await nextTask();
    await fixture.whenStable();
  }

  async function answer(operation: TestOperation, data: ReturnType<typeof explorerPage>): Promise<void> {
    operation.flush({ data });
    await settle();
  }

  async function loadFirstPage(data = explorerPage([ALICE, BOB])): Promise<TestOperation> {
    const operation = apollo.expectOne('Explorer');
    await answer(operation, data);
    return operation;
  }

  const page = (): HTMLElement => fixture.nativeElement;
  const text = (element: Element | null = page()): string => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const bodyRows = (): string[][] =>
    Array.from(page().querySelectorAll('tbody tr')).map((row) =>
      Array.from(row.querySelectorAll('th, td')).map((cell) =>
        cell.children.length > 0 ? Array.from(cell.children, (part) => text(part)).join(' ') : text(cell),
      ),
    );
  const totalsRow = (): string[] => Array.from(page().querySelectorAll('tfoot tr > *')).map((cell) => text(cell));
  const header = (label: string): HTMLTableCellElement => {
    const found = Array.from(page().querySelectorAll<HTMLTableCellElement>('thead th')).find((th) =>
      text(th.querySelector('button')).startsWith(label),
    );
    if (!found) throw new Error(`No column "${label}"`);
    return found;
  };
  const button = (label: string): HTMLButtonElement => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => text(b) === label);
    if (!found) throw new Error(`No button "${label}" in: ${text()}`);
    return found;
  };
  const input = (label: string): HTMLInputElement => {
    const found = Array.from(page().querySelectorAll('label')).find((l) => text(l) === label);
    const target = found ? page().querySelector<HTMLInputElement>(`#${found.htmlFor}`) : null;
    if (!target) throw new Error(`No field "${label}"`);
    return target;
  };
  async function typeInto(field: HTMLInputElement, value: string): Promise<void> {
    field.value = value;
    field.dispatchEvent(new Event('input'));
    await settle();
  }

  beforeEach(() => localStorage.clear());
  afterEach(() => {
    apollo.verify();
    http.verify();
  });

  it('asks for the default view: the filter period, net lines descending, 50 rows, first page', async () => {
    await render();
    expect(text()).toContain('Loading developers…');

    const operation = await loadFirstPage();

    expect(operation.operation.variables).toEqual({
      filter: { from: PERIOD.from, to: PERIOD.to },
      sort: { field: 'NET_LINES', direction: 'DESC' },
      first: 50,
      after: null,
      search: null,
    });
    expect(header('Net lines').getAttribute('aria-sort')).toBe('descending');
    expect(header('Generations').getAttribute('aria-sort')).toBe('none');
  }, 20_000);

  it('shows one row per developer with counts, lines and money, and a totals row', async () => {
    await render();
    await loadFirstPage();

    expect(bodyRows()).toEqual([
      // 300 lines at 30 lines/h and 90 USD/h: 10 h → $900.
      ['alice Alice Adams alice@example.com', '12', '1,500', '300', '0', '300', '$900.00', '$0.00', '$900.00'],
      ['bob@example.com Bob Brown', '3', '40', '60', '30', '30', '$180.00', '$90.00', '$270.00'],
    ]);
    expect(totalsRow()).toEqual([
      'Total 2 developers',
      '15',
      '1,540',
      '360',
      '30',
      '330',
      '$1,080.00',
      '$90.00',
      '$1,170.00',
    ]);
    expect(page().querySelector('tbody a')?.getAttribute('href')).toBe('/a1');
    expect(text(page().querySelector('[role="status"].status'))).toBe('1–2 of 2 developers');
  });

  it('shows each metric definition from metricDefinitions on its column header', async () => {
    await render();
    await loadFirstPage();

    const sortButton = header('Total value').querySelector('button');
    const tooltip = page().querySelector(`#${sortButton?.getAttribute('aria-describedby') ?? 'missing'}`);
    expect(text(tooltip)).toContain('Value added + value deleted.');
    expect(header('Developer').querySelector('[role="tooltip"]')).toBeNull();
  });

  it('recomputes every value at once when the value settings change, without asking the API again', async () => {
    await render();
    await loadFirstPage();

    await typeInto(input('Lines per hour'), '60');
    expect(bodyRows()[0]?.slice(6)).toEqual(['$450.00', '$0.00', '$450.00']);
    expect(totalsRow().slice(6)).toEqual(['$540.00', '$45.00', '$585.00']);

    await typeInto(input('Hourly rate'), '120');
    await typeInto(input('Currency'), 'eur');
    expect(bodyRows()[0]?.slice(6)).toEqual(['€600.00', '€0.00', '€600.00']);
    expect(JSON.parse(localStorage.getItem(VALUE_CONFIG_STORAGE_KEY) ?? 'null')).toEqual({
      linesPerHour: 60,
      ratePerHour: 120,
      currency: 'EUR',
    });
    apollo.expectNone('Explorer');
  });

  it('explains an invalid value setting inline and keeps the last valid values', async () => {
    await render();
    await loadFirstPage();

    const lines = input('Lines per hour');
    await typeInto(lines, '0');

    expect(lines.getAttribute('aria-invalid')).toBe('true');
    expect(text(page().querySelector(`#${lines.getAttribute('aria-describedby') ?? 'missing'}`))).toBe(
      'Enter a number of lines greater than 0.',
    );
    expect(bodyRows()[0]?.[6]).toBe('$900.00');

    button('Reset to defaults').click();
    await settle();
    expect(lines.value).toBe('30');
    expect(lines.getAttribute('aria-invalid')).toBeNull();
  });

  it('sorts by a column on click, flips on a second click, and names the order in aria-sort', async () => {
    await render();
    await loadFirstPage();

    header('Generations').querySelector('button')?.click();
    await settle();
    const descending = apollo.expectOne('Explorer');
    expect(descending.operation.variables['sort']).toEqual({ field: 'GENERATIONS', direction: 'DESC' });
    await answer(descending, explorerPage([ALICE, BOB]));
    expect(header('Generations').getAttribute('aria-sort')).toBe('descending');
    expect(header('Net lines').getAttribute('aria-sort')).toBe('none');

    header('Generations').querySelector('button')?.click();
    await settle();
    const ascending = apollo.expectOne('Explorer');
    expect(ascending.operation.variables['sort']).toEqual({ field: 'GENERATIONS', direction: 'ASC' });
    await answer(ascending, explorerPage([BOB, ALICE]));
    expect(header('Generations').getAttribute('aria-sort')).toBe('ascending');
    expect(bodyRows()[0]?.[0]).toContain('bob@example.com');

    header('Developer').querySelector('button')?.click();
    await settle();
    const byName = apollo.expectOne('Explorer');
    expect(byName.operation.variables['sort']).toEqual({ field: 'DEVELOPER', direction: 'ASC' });
    await answer(byName, explorerPage([ALICE, BOB]));
  });

  it('pages forward with the end cursor and back to the cursor before', async () => {
    await render();
    await loadFirstPage(explorerPage([ALICE], { hasNextPage: true, endCursor: 'cursor-1', developers: 2 }));
    expect(button('Previous').disabled).toBe(true);

    button('Next').click();
    await settle();
    const second = apollo.expectOne('Explorer');
    expect(second.operation.variables['after']).toBe('cursor-1');
    await answer(second, explorerPage([BOB], { hasNextPage: false, endCursor: 'cursor-2', developers: 2 }));
    expect(bodyRows().map((row) => row[0])).toEqual(['bob@example.com Bob Brown']);
    expect(text()).toContain('Page 2');
    expect(button('Next').disabled).toBe(true);

    button('Previous').click();
    await settle();
    const first = apollo.expectOne('Explorer');
    expect(first.operation.variables['after']).toBeNull();
    await answer(first, explorerPage([ALICE], { hasNextPage: true, endCursor: 'cursor-1', developers: 2 }));
    expect(text()).toContain('Page 1');
  });

  it('changes the page size and starts again at the first page', async () => {
    await render();
    await loadFirstPage(explorerPage([ALICE], { hasNextPage: true, endCursor: 'cursor-1', developers: 2 }));
    button('Next').click();
    await settle();
    await answer(apollo.expectOne('Explorer'), explorerPage([BOB], { developers: 2 }));

    const size = page().querySelector<HTMLSelectElement>('#explorer-page-size');
    if (!size) throw new Error('No page size');
    size.value = '25';
    size.dispatchEvent(new Event('change'));
    await settle();

    const operation = apollo.expectOne('Explorer');
    expect(operation.operation.variables).toMatchObject({ first: 25, after: null });
    await answer(operation, explorerPage([ALICE, BOB]));
  });

  it('searches once typing pauses, from the first page', async () => {
    await render();
    await loadFirstPage();

    const search = input('Search');
    await typeInto(search, 'al');
    await typeInto(search, 'alice ');
    apollo.expectNone('Explorer');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await settle();

    const operation = apollo.expectOne('Explorer');
    expect(operation.operation.variables).toMatchObject({ search: 'alice', after: null });
    await answer(operation, explorerPage([]));
    expect(text()).toContain('No developer matches “alice” in this period.');
  });

  it('says why the table is empty when no developer has usage', async () => {
    await render();
    await loadFirstPage(explorerPage([]));
    expect(text()).toContain('No developer has usage in this period with these filters.');
    expect(page().querySelector('table')).toBeNull();
  });

  it('shows an error with a retry when the explorer cannot be loaded', async () => {
    await render();
    apollo.expectOne('Explorer').networkError(new Error('connection refused'));
    await settle();

    expect(text(page().querySelector('[role="alert"]'))).toContain('Could not load the explorer.');
    button('Try again').click();
    await settle();
    await answer(apollo.expectOne('Explorer'), explorerPage([ALICE]));
    expect(bodyRows()).toHaveLength(1);
  });

  it('downloads the CSV of the current view with the bearer token', async () => {
    await render();
    await loadFirstPage();
    await typeInto(input('Hourly rate'), '120');
    const createObjectURL = jest.fn(() => 'blob:explorer');
    const revokeObjectURL = jest.fn();
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);

    button('Download CSV').click();
    await settle();
    const request = http.expectOne((r) => r.url.startsWith('/export/explorer.csv'));
    expect(request.request.urlWithParams).toBe(
      `/export/explorer.csv?from=${PERIOD.from}&to=${PERIOD.to}` +
        '&linesPerHour=30&ratePerHour=120&currency=USD&sort=NET_LINES&direction=DESC',
    );
    expect(request.request.headers.get('Authorization')).toBe('Bearer viewer-token');
    request.flush(new Blob(['developer\r\n'], { type: 'text/csv' }));
    await settle();

    expect(createObjectURL).toHaveBeenCalled();
    expect(click).toHaveBeenCalled();
    const link = click.mock.contexts[0] as HTMLAnchorElement;
    expect(link.download).toBe(`explorer_${PERIOD.from}_${PERIOD.to}.csv`);
    click.mockRestore();
  });

  it('reports a failed CSV download', async () => {
    await render();
    await loadFirstPage();

    button('Download CSV').click();
    await settle();
    http
      .expectOne((r) => r.url.startsWith('/export/explorer.csv'))
      .flush(new Blob(['nope']), { status: 500, statusText: 'Server Error' });
    await settle();

    expect(text(page().querySelector('[role="alert"]'))).toContain('The server answered with status 500.');
  });

  it('has no serious or critical axe violations', async () => {
    await render();
    await loadFirstPage();
    expect(await seriousAxeViolations(page())).toEqual([]);
  }, 20_000);
});
