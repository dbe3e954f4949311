import { HttpEventType, provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting, TestRequest } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import { seriousAxeViolations } from '../../testing/axe';
import { nextTask, viewerFixture } from '../../testing/fixtures';
import { AuthStore } from '../core/auth/auth-store';
import { GRAPHQL_URI } from '../core/graphql/provide-graphql';
import type { IngestionRun } from './ingestion-history';
import { MAX_UPLOAD_BYTES } from './upload-file';
import { HISTORY_SIZE, UploadPage } from './upload-page';
import type { UploadPreviewResult } from './upload-preview';

const CSV_PREVIEW: UploadPreviewResult = {
  format: 'GENERIC_CSV',
  rowCount: 1250,
  columns: ['Date', 'User', 'Mail', 'Assistant', 'Suggested', 'Accepted', 'Added', 'Removed'],
  mapping: {
    day: 'Date',
    email: 'Mail',
    login: 'User',
    tool: 'Assistant',
    generations: 'Suggested',
    acceptances: 'Accepted',
    linesAdded: 'Added',
    linesDeleted: null,
    interactions: null,
    sessions: null,
  },
  sample: Array.from({ length: 20 }, (_, i) => ({
    line: i + 2,
    day: `2026-11-${String(i + 1).padStart(2, '0')}`,
    tool: 'cursor',
    source: 'OTHER',
    person: 'ada',
    isService: false,
    identities: [{ kind: 'github_login', value: 'ada' }],
    generations: 100 + i,
    acceptances: 40,
    interactions: 0,
    linesAdded: 1200,
    linesDeleted: 0,
    sessions: 0,
  })),
  warnings: ['Column "Notes" is not mapped and was ignored.'],
  errors: Array.from({ length: 12 }, (_, i) => ({ line: 100 + i, message: `Invalid date "31/31/2026"` })),
  errorCount: 12,
  firstDay: '2026-11-01',
  lastDay: '2026-11-20',
  distinctDevelopers: 42,
  newRows: 1000,
  updatedRows: 250,
};

function runFixture(overrides: Partial<IngestionRun> = {}): IngestionRun & { __typename: 'IngestionRun' } {
  return {
    __typename: 'IngestionRun',
    id: 'run-1',
    fileName: 'old.ndjson',
    format: 'COPILOT_NDJSON',
    status: 'COMPLETED',
    rowsProcessed: 560,
    rowsErrored: 0,
    errorDetails: [],
    warnings: [],
    bytes: 2_400_000,
    newRows: 560,
    updatedRows: 0,
    distinctDevelopers: 20,
    firstDay: '2026-10-01',
    lastDay: '2026-10-28',
    createdAt: '2026-11-01T09:00:00.000Z',
    finishedAt: '2026-11-01T09:00:04.000Z',
    ...overrides,
  };
}

const OLD_RUN = runFixture();
const FAILED_RUN = runFixture({
  id: 'run-0',
  fileName: 'broken.json',
  format: null,
  status: 'FAILED',
  rowsProcessed: 0,
  rowsErrored: 2,
  errorDetails: [
    { line: 1, message: 'Unexpected token' },
    { line: 2, message: 'Unexpected token' },
  ],
  bytes: 800,
  createdAt: '2026-10-30T09:00:00.000Z',
});
const NEW_RUN = runFixture({
  id: 'run-2',
  fileName: 'usage.csv',
  format: 'GENERIC_CSV',
  rowsProcessed: 1250,
  rowsErrored: 12,
  errorDetails: CSV_PREVIEW.errors,
  bytes: 2048,
  newRows: 1000,
  updatedRows: 250,
  distinctDevelopers: 42,
  createdAt: '2026-11-25T10:00:00.000Z',
});

describe('UploadPage', () => {
  let fixture: ComponentFixture<UploadPage>;
  let apollo: ApolloTestingController;
  let http: HttpTestingController;

  async function render(): Promise<void> {
    TestBed.configureTestingModule({
      imports: [UploadPage, ApolloTestingModule],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
    TestBed.inject(AuthStore).signIn('admin-token', viewerFixture());
    apollo = TestBed.inject(ApolloTestingController);
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(UploadPage);
    await settle();
  }

  async function settle(): Promise<void> {
    await nextTask();
    await fixture.whenStable();
  }

  const page = (): HTMLElement => fixture.nativeElement;
  /** The text as read aloud: separate elements stay separate words. */
  const textOf = (element: Element): string => {
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
    const parts: string[] = [];
    while (walker.nextNode()) parts.push(walker.currentNode.textContent ?? '');
    return parts.join(' ').replace(/\s+/g, ' ').trim();
  };
  const text = (): string => textOf(page());
  const find = <T extends Element>(selector: string): T => {
    const found = page().querySelector<T>(selector);
    if (!found) throw new Error(`Nothing matches ${selector} in: ${text()}`);
    return found;
  };
  const button = (label: string): HTMLButtonElement => {
    const found = Array.from(page().querySelectorAll('button')).find((b) => b.textContent?.trim() === label);
    if (!found) throw new Error(`No button "${label}" in: ${text()}`);
    return found;
  };
  const historyRows = (): string[] =>
    Array.from(page().querySelectorAll('app-ingestion-history tbody tr:not(.details)')).map(textOf);

  function csvFile(name = 'usage.csv', size?: number): File {
    const file = new File(['Date,User\n2026-11-01,ada\n'], name, { type: 'text/csv' });
    if (size !== undefined) Object.defineProperty(file, 'size', { value: size });
    return file;
  }

  async function pick(selector: string, file: File): Promise<void> {
    const input = find<HTMLInputElement>(selector);
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await settle();
  }

  function operationOf(req: TestRequest): { operationName: string; variables: Record<string, unknown> } {
    const form = req.request.body as FormData;
    return JSON.parse(String(form.get('operations')));
  }

  async function loadHistory(runs: IngestionRun[] = [OLD_RUN, FAILED_RUN]): Promise<void> {
    const op = apollo.expectOne('IngestionRuns');
    expect(op.operation.variables).toEqual({ first: HISTORY_SIZE });
    op.flush({ data: { ingestionRuns: runs } });
    await settle();
  }

  async function previewWith(response: UploadPreviewResult = CSV_PREVIEW): Promise<TestRequest> {
    const req = http.expectOne(GRAPHQL_URI);
    req.flush({ data: { previewUpload: response } });
    await settle();
    return req;
  }

  afterEach(() => {
    apollo.verify();
    http.verify();
  });

  it('previews a chosen file with progress, re-previews on a mapping change, imports and refreshes the history', async () => {
    await render();
    await loadHistory();
    expect(historyRows()).toHaveLength(2);

    const file = csvFile();
    await pick('#usage-file', file);
    const preview = http.expectOne(GRAPHQL_URI);
    expect(preview.request.headers.get('Apollo-Require-Preflight')).toBe('true');
    expect(operationOf(preview)).toMatchObject({
      operationName: 'PreviewUpload',
      variables: { file: null, format: null, mapping: null },
    });
    expect(((preview.request.body as FormData).get('1') as File).name).toBe('usage.csv');
    expect(text()).toContain('usage.csv');

    preview.event({ type: HttpEventType.UploadProgress, loaded: file.size / 2, total: file.size });
    await settle();
    expect(text()).toContain('Uploading for a preview: 50%');
    expect(find<HTMLProgressElement>('progress[aria-label="Upload progress"]').value).toBe(50);

    preview.event({ type: HttpEventType.UploadProgress, loaded: file.size, total: file.size });
    await settle();
    expect(text()).toContain('Reading the file on the server…');

    preview.flush({ data: { previewUpload: CSV_PREVIEW } });
    await settle();

    expect(find<HTMLSelectElement>('#preview-format').value).toBe('GENERIC_CSV');
    expect(text()).toContain('Rows 1,250');
    expect(text()).toContain('Dates 2026-11-01 – 2026-11-20');
    expect(text()).toContain('Developers 42');
    expect(text()).toContain('New developer-days 1,000');
    expect(text()).toContain('Already stored 250');
    expect(text()).toContain('Column "Notes" is not mapped and was ignored.');
    expect(text()).toContain('First 20 rows, as they would be stored');
    expect(page().querySelectorAll('app-upload-preview table tbody tr')).toHaveLength(20);
    // Row errors: the first 10 by line, then all of them on request.
    expect(page().querySelectorAll('app-upload-preview app-row-error-list li')).toHaveLength(10);
    expect(text()).toContain('Line 100 Invalid date');
    button('Show all 12 row errors').click();
    await settle();
    expect(page().querySelectorAll('app-upload-preview app-row-error-list li')).toHaveLength(12);
    expect(text()).toContain('Line 111');
    // The proposed mapping fills the selects, which list the file's columns.
    expect(find<HTMLSelectElement>('#mapping-day').value).toBe('Date');
    expect(find<HTMLSelectElement>('#mapping-linesDeleted').value).toBe('');
    expect(Array.from(find<HTMLSelectElement>('#mapping-linesDeleted').options).map((o) => o.value)).toEqual([
      '',
      ...CSV_PREVIEW.columns,
    ]);
    expect(await seriousAxeViolations(page())).toEqual([]);

    const removed = find<HTMLSelectElement>('#mapping-linesDeleted');
    removed.value = 'Removed';
    removed.dispatchEvent(new Event('change'));
    await settle();
    const remapped = http.expectOne(GRAPHQL_URI);
    expect(operationOf(remapped).variables).toEqual({
      file: null,
      format: null,
      mapping: { ...CSV_PREVIEW.mapping, linesDeleted: 'Removed' },
    });
    remapped.flush({
      data: { previewUpload: { ...CSV_PREVIEW, mapping: { ...CSV_PREVIEW.mapping, linesDeleted: 'Removed' } } },
    });
    await settle();
    expect(find<HTMLSelectElement>('#mapping-linesDeleted').value).toBe('Removed');

    button('Import 1,250 rows').click();
    await settle();
    const importing = http.expectOne(GRAPHQL_URI);
    expect(operationOf(importing)).toMatchObject({
      operationName: 'UploadMetrics',
      variables: { file: null, format: null, mapping: { ...CSV_PREVIEW.mapping, linesDeleted: 'Removed' } },
    });
    importing.event({ type: HttpEventType.UploadProgress, loaded: file.size, total: file.size });
    await settle();
    expect(text()).toContain('Importing: the server is checking and storing every row…');
    expect(button('Importing…').disabled).toBe(true);

    importing.flush({ data: { uploadMetrics: NEW_RUN } });
    await settle();
    expect(text()).toContain('Imported 1,250 rows from usage.csv');
    expect(text()).toContain('Updated developer-days 250');
    expect(text()).toContain('Rows with errors 12');

    await loadHistory([NEW_RUN, OLD_RUN, FAILED_RUN]);
    expect(historyRows()[0]).toContain('Completed usage.csv CSV with a column mapping 1,250 12 2 KB');

    button('Upload another file').click();
    await settle();
    expect(page().querySelector('#usage-file')).not.toBeNull();
  }, 30_000);

  it('re-runs the preview with the format chosen by the admin', async () => {
    await render();
    await loadHistory([]);
    await pick('#usage-file', new File(['{}'], 'export.json'));
    await previewWith({
      ...CSV_PREVIEW,
      format: 'COPILOT_NDJSON',
      columns: [],
      mapping: null,
      warnings: [],
      errors: [],
      errorCount: 0,
    });
    expect(page().querySelector('#mapping-day')).toBeNull();

    const format = find<HTMLSelectElement>('#preview-format');
    format.value = 'CLAUDE_CODE_JSON';
    format.dispatchEvent(new Event('change'));
    await settle();
    const again = http.expectOne(GRAPHQL_URI);
    expect(operationOf(again).variables).toEqual({ file: null, format: 'CLAUDE_CODE_JSON', mapping: null });
    again.flush({
      data: {
        previewUpload: {
          ...CSV_PREVIEW,
          format: 'CLAUDE_CODE_JSON',
          columns: [],
          mapping: null,
          errors: [],
          errorCount: 0,
        },
      },
    });
    await settle();
    expect(find<HTMLSelectElement>('#preview-format').value).toBe('CLAUDE_CODE_JSON');
  });

  it('takes a dropped file and shows where to drop while dragging', async () => {
    await render();
    await loadHistory([]);
    const zone = find<HTMLElement>('app-file-drop-zone .zone');
    const drag = (type: string, files: File[] = []): Event => {
      const event = new Event(type, { bubbles: true, cancelable: true });
      Object.defineProperty(event, 'dataTransfer', { value: { types: ['Files'], files, dropEffect: 'none' } });
      zone.dispatchEvent(event);
      return event;
    };

    const over = drag('dragover');
    await settle();
    expect(over.defaultPrevented).toBe(true);
    expect(zone.classList).toContain('dragging');
    expect(text()).toContain('Drop the file to read it');

    const drop = drag('drop', [csvFile('dropped.csv')]);
    await settle();
    expect(drop.defaultPrevented).toBe(true);
    const req = http.expectOne(GRAPHQL_URI);
    expect(((req.request.body as FormData).get('1') as File).name).toBe('dropped.csv');
    req.flush({ data: { previewUpload: CSV_PREVIEW } });
    await settle();
    expect(text()).toContain('dropped.csv');
  });

  it('opens the file picker from the keyboard-reachable button', async () => {
    await render();
    await loadHistory([]);
    const click = jest.spyOn(find<HTMLInputElement>('#usage-file'), 'click').mockImplementation(() => undefined);
    button('Choose a usage file').click();
    expect(click).toHaveBeenCalled();
  });

  it('refuses a file over 50 MB or of another type without sending it', async () => {
    await render();
    await loadHistory([]);

    await pick('#usage-file', csvFile('huge.csv', MAX_UPLOAD_BYTES + 1));
    http.expectNone(GRAPHQL_URI);
    expect(find('[role="alert"]').textContent).toContain('“huge.csv” is 50 MB; files can be at most 50 MB.');

    await pick('#usage-file', new File(['x'], 'usage.xlsx'));
    http.expectNone(GRAPHQL_URI);
    expect(find('[role="alert"]').textContent).toContain('“usage.xlsx” is not a .csv, .json or .ndjson file.');
    expect(page().querySelector('#usage-file')).not.toBeNull();
  });

  it.each([
    [
      'PAYLOAD_TOO_LARGE',
      413,
      { message: 'Too large', extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: MAX_UPLOAD_BYTES } },
      'The file is larger than the 50 MB upload limit.',
    ],
    [
      'RATE_LIMITED',
      429,
      {
        message: 'At most 10',
        extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 1500, retryAt: '2099-01-01T00:00:00.000Z' },
      },
      'Too many uploads for this organization in the past hour. Try again at',
    ],
    [
      'BAD_USER_INPUT',
      200,
      { message: 'The CSV has no header row.', extensions: { code: 'BAD_USER_INPUT' } },
      'The file was refused: The CSV has no header row.',
    ],
  ])('says in plain words what %s means when importing', async (_code, status, error, message) => {
    await render();
    await loadHistory([]);
    await pick('#usage-file', csvFile());
    await previewWith();

    button('Import 1,250 rows').click();
    await settle();
    http
      .expectOne(GRAPHQL_URI)
      .flush({ errors: [error], data: null }, { status, statusText: status === 200 ? 'OK' : 'Refused' });
    await settle();

    expect(find('[role="alert"]').textContent).toContain(message);
    if (_code === 'RATE_LIMITED') expect(find('[role="alert"]').textContent).toContain('(in 25 minutes)');
    // The preview stays, so the admin can import again later.
    expect(page().querySelector('app-upload-preview')).not.toBeNull();
    await loadHistory([]);
  });

  it('shows a refused preview and keeps the page usable', async () => {
    await render();
    await loadHistory([]);
    await pick('#usage-file', csvFile('people.csv'));
    http
      .expectOne(GRAPHQL_URI)
      .flush({ errors: [{ message: 'No column holds a day.', extensions: { code: 'BAD_USER_INPUT' } }], data: null });
    await settle();

    expect(find('[role="alert"]').textContent).toContain('The file was refused: No column holds a day.');
    expect(page().querySelector('#usage-file')).not.toBeNull();
  });

  it('cancels an upload in flight', async () => {
    await render();
    await loadHistory([]);
    await pick('#usage-file', csvFile());
    const req = http.expectOne(GRAPHQL_URI);
    button('Cancel').click();
    await settle();
    expect(req.cancelled).toBe(true);
    expect(page().querySelector('#usage-file')).not.toBeNull();
  });

  it('lists the history newest first with expandable row errors, and retries when it cannot load', async () => {
    await render();
    apollo.expectOne('IngestionRuns').networkError(new Error('connection refused'));
    await settle();
    expect(find('app-ingestion-history [role="alert"]').textContent).toContain('Could not load the upload history.');
    button('Try again').click();
    await loadHistory([FAILED_RUN, OLD_RUN]);

    expect(historyRows()[0]).toContain('Completed old.ndjson GitHub Copilot usage (NDJSON) 560 0 2.3 MB');
    expect(historyRows()[1]).toContain('Failed broken.json Not detected 0 2 800 B');
    const toggle = find<HTMLButtonElement>('button[aria-label="Show the 2 row errors of broken.json"]');
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    toggle.click();
    await settle();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(find('#run-errors-run-0').textContent).toContain('Line 2');
    expect(await seriousAxeViolations(page())).toEqual([]);
  });

  it('uploads an identities CSV and shows what it did', async () => {
    await render();
    await loadHistory([]);

    await pick('#identities-file', new File(['x'], 'people.json'));
    apollo.expectNone('UploadIdentities');
    expect(text()).toContain('“people.json” is not a .csv file.');

    const file = new File(['github_login,email,name,team\nada,ada@example.com,Ada,Core\n'], 'people.csv');
    await pick('#identities-file', file);
    const op = apollo.expectOne('UploadIdentities');
    expect(op.operation.variables).toEqual({ file });
    op.flush({
      data: {
        uploadIdentities: {
          __typename: 'IdentityImportResult',
          rowsProcessed: 40,
          rowsErrored: 1,
          developersCreated: 3,
          developersMerged: 5,
          identitiesLinked: 12,
          teamsAssigned: 7,
          errors: [{ __typename: 'RowError', line: 9, message: 'Neither a login nor an email' }],
        },
      },
    });
    await settle();

    expect(text()).toContain('people.csv: 40 rows applied');
    expect(text()).toContain('Developers created 3');
    expect(text()).toContain('Developers merged 5');
    expect(text()).toContain('Identities linked 12');
    expect(text()).toContain('Teams assigned 7');
    expect(text()).toContain('Line 9 Neither a login nor an email');
  });

  it('reports a refused identities file by its code', async () => {
    await render();
    await loadHistory([]);
    await pick('#identities-file', new File(['x'], 'people.csv'));
    apollo
      .expectOne('UploadIdentities')
      .graphqlErrors([{ message: 'The header needs github_login and email.', extensions: { code: 'BAD_USER_INPUT' } }]);
    await settle();
    expect(find('app-identities-upload [role="alert"]').textContent).toContain(
      'The file was refused: The header needs github_login and email.',
    );
  });
});
