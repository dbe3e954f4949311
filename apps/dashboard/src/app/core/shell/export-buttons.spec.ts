import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../../testing/axe';
import { nextTask, viewerFixture } from '../../../testing/fixtures';
import { AuthStore, SESSION_ENDED_NOTICE } from '../auth/auth-store';
import { ExportButtons, fileNameFrom } from './export-buttons';

@Component({ imports: [ExportButtons], template: '<app-export-buttons />' })
class Host {}

@Component({ template: '<h1>Sign in</h1>' })
class LoginStandIn {}

describe('ExportButtons', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let apollo: ApolloTestingController;
  let clicked: string[];

  async function open(url: string): Promise<HTMLElement> {
    localStorage.clear();
    TestBed.configureTestingModule({
      imports: [ApolloTestingModule],
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([
          { path: 'overview', component: Host },
          { path: 'login', component: LoginStandIn },
        ]),
      ],
    });
    TestBed.inject(AuthStore).signIn('secret-token', viewerFixture());
    http = TestBed.inject(HttpTestingController);
    apollo = TestBed.inject(ApolloTestingController);
    clicked = [];
    jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push(this.download);
    });
    URL.createObjectURL = jest.fn(() => 'blob:export');
    URL.revokeObjectURL = jest.fn();
    harness = await RouterTestingHarness.create(url);
    return harness.routeNativeElement as HTMLElement;
  }

  async function settle(): Promise<void> {
    await nextTask();
    await harness.fixture.whenStable();
  }

  const button = (root: HTMLElement, label: string): HTMLButtonElement => {
    const found = Array.from(root.querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`No button ${label}`);
    return found;
  };

  afterEach(() => {
    http.verify();
    jest.restoreAllMocks();
  });

  it('exports the raw CSV for the URL filter, with the bearer token', async () => {
    const root = await open('/overview?days=7&tool=COPILOT&ide=vscode&ide=jetbrains');
    expect(await seriousAxeViolations(root)).toEqual([]);
    button(root, 'Export CSV').click();
    await settle();
    apollo.expectOne('PeriodAnchor').flush({
      data: {
        metrics: {
          __typename: 'MetricsAggregate',
          period: { __typename: 'Period', from: '2026-10-05', to: '2026-11-01' },
        },
      },
    });
    await settle();

    const request = http.expectOne(() => true);
    expect(request.request.url).toBe(
      '/export/raw.csv?from=2026-10-26&to=2026-11-01&sources=COPILOT&ides=vscode&ides=jetbrains',
    );
    expect(request.request.headers.get('Authorization')).toBe('Bearer secret-token');
    expect(button(root, 'Exporting…').disabled).toBe(true);
    request.flush(new Blob(['day,login\r\n']), {
      headers: { 'Content-Disposition': 'attachment; filename="raw.csv"' },
    });
    await settle();
    expect(clicked).toEqual(['raw.csv']);
    expect(button(root, 'Export CSV').disabled).toBe(false);
  });

  it('exports every row as NDJSON, unfiltered', async () => {
    const root = await open('/overview?from=2026-09-01&to=2026-09-30&developer=dev-1');
    button(root, 'Export all (NDJSON)').click();
    await settle();
    const request = http.expectOne('/export/raw.ndjson');
    expect(request.request.headers.get('Authorization')).toBe('Bearer secret-token');
    request.flush(new Blob(['{}\n']));
    await settle();
    expect(clicked).toEqual(['devpulse-raw.ndjson']);
  });

  it('sends a custom range as it is and names the file after it', async () => {
    const root = await open('/overview?from=2026-09-01&to=2026-09-30');
    button(root, 'Export CSV').click();
    await settle();
    http.expectOne('/export/raw.csv?from=2026-09-01&to=2026-09-30').flush(new Blob(['x']));
    await settle();
    expect(clicked).toEqual(['devpulse-raw_2026-09-01_2026-09-30.csv']);
  });

  it('reports a failed export, and returns to login when the token is refused', async () => {
    const root = await open('/overview?from=2026-09-01&to=2026-09-30');
    button(root, 'Export all (NDJSON)').click();
    await settle();
    http.expectOne('/export/raw.ndjson').flush(new Blob(['boom']), { status: 500, statusText: 'Server Error' });
    await settle();
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('status 500');

    button(root, 'Export all (NDJSON)').click();
    await settle();
    http.expectOne('/export/raw.ndjson').flush(new Blob(['no']), { status: 401, statusText: 'Unauthorized' });
    await settle();
    expect(TestBed.inject(AuthStore).notice()).toBe(SESSION_ENDED_NOTICE);
    expect(TestBed.inject(Router).url).toBe('/login');
  });

  it('reads the file name from Content-Disposition', () => {
    expect(fileNameFrom('attachment; filename="devpulse raw.csv"')).toBe('devpulse raw.csv');
    expect(fileNameFrom('attachment; filename=raw.ndjson')).toBe('raw.ndjson');
    expect(fileNameFrom('attachment')).toBeNull();
    expect(fileNameFrom(null)).toBeNull();
  });
});
