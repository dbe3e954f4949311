import { createServer } from '../../http/create-server';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { graphqlUpload } from '../../testing/upload';
import { copilotLine, PREVIEW, tableCounts, uploadMetrics, type RunResult } from './testing/ingestion-fixtures';

const MB = 1024 * 1024;

/** A valid first record, then padding (blank lines) up to `bytes`: cheap to parse, so the test measures streaming. */
function paddedFile(bytes: number): Uint8Array<ArrayBuffer> {
  const file = new Uint8Array(bytes).fill(0x0a);
  file.set(Buffer.from(copilotLine({ userId: 900, login: 'big', day: '2025-01-01', generations: 1 })), 0);
  return file;
}

// Streaming 51 MB and eleven uploads through a real server take a while on a busy 2-core CI machine.
const HEAVY_TEST_TIMEOUT_MS = 240_000;

describe('upload limits (default configuration: 50 MB, 10 uploads per hour)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses a real 51 MB upload with PAYLOAD_TOO_LARGE while streaming, and writes nothing', async () => {
    const before = await tableCounts(app);
    const response = await uploadMetrics(app, 'huge.ndjson', new Blob([paddedFile(51 * MB)]), {
      token: app.orgB.adminToken,
    });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
    expect(response.errors?.[0]?.message).toMatch(/50 MB/);
    expect(await tableCounts(app)).toEqual(before);
  }, HEAVY_TEST_TIMEOUT_MS);

  it('refuses the 11th upload of an hour with RATE_LIMITED and the retry time, across server processes', async () => {
    const small = (n: number) =>
      copilotLine({ userId: 1000 + n, login: `user${n}`, day: '2025-02-01', generations: n });
    for (let n = 1; n <= 10; n++) {
      const response = await uploadMetrics(app, `part-${n}.ndjson`, small(n));
      expect(response.data?.uploadMetrics.status).toBe('COMPLETED');
    }
    const refused = await uploadMetrics(app, 'part-11.ndjson', small(11));
    const error = refused.errors?.[0];
    expect(error?.extensions?.['code']).toBe('RATE_LIMITED');
    const retryAfterSeconds = error?.extensions?.['retryAfterSeconds'] as number;
    expect(retryAfterSeconds).toBeGreaterThan(3500);
    expect(retryAfterSeconds).toBeLessThanOrEqual(3600);
    const retryAt = error?.extensions?.['retryAt'] as string;
    expect(error?.message).toContain(retryAt);
    expect(Math.abs(Date.parse(retryAt) - (Date.now() + retryAfterSeconds * 1000))).toBeLessThan(5_000);

    const [{ runs }] = await app.db.database.dataSource.query(
      `SELECT count(*)::int AS runs FROM metric_ingestion_runs WHERE organization_id = $1`,
      [app.orgA.id],
    );
    expect(runs).toBe(10);

    // A second server on the same database (another process, or a restart) counts the same runs.
    const second = await createServer(app.config, app.db.database.dataSource);
    const secondUrl = await second.listen();
    try {
      const viaSecond = await graphqlUpload(
        { ...app, url: secondUrl },
        {
          query: 'mutation($file: Upload!) { uploadMetrics(file: $file) { id } }',
          fileName: 'part-12.ndjson',
          content: small(12),
        },
      );
      expect(viaSecond.errors?.[0]?.extensions?.['code']).toBe('RATE_LIMITED');
    } finally {
      await second.stop();
      await new Promise<void>((resolve) => second.httpServer.close(() => resolve()));
    }

    // Previews are not uploads, and other organizations have their own budget.
    const preview = await graphqlUpload<{ previewUpload: { rowCount: number } }>(app, {
      query: PREVIEW,
      fileName: 'p.ndjson',
      content: small(13),
    });
    expect(preview.data?.previewUpload.rowCount).toBe(1);
    const other = await uploadMetrics(app, 'b.ndjson', small(14), { token: app.orgB.adminToken });
    expect(other.data?.uploadMetrics.status).toBe('COMPLETED');
  }, HEAVY_TEST_TIMEOUT_MS);
});

describe('upload limits (MAX_UPLOAD_MB=1)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ MAX_UPLOAD_MB: '1' });
  });
  afterAll(() => app.close());

  it('accepts a file just under the limit and refuses one byte over it, for imports and previews', async () => {
    // busboy (graphqlUploadExpress maxFileSize) flags a file that reaches its limit exactly, so test one byte under.
    const under = await uploadMetrics(app, 'under.ndjson', paddedFile(MB - 1));
    expect(under.errors).toBeUndefined();
    expect((under.data?.uploadMetrics as RunResult).bytes).toBe(MB - 1);

    const before = await tableCounts(app);
    const over = await uploadMetrics(app, 'over.ndjson', paddedFile(MB + 1));
    expect(over.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
    const preview = await graphqlUpload(app, { query: PREVIEW, fileName: 'over.ndjson', content: paddedFile(MB + 1) });
    expect(preview.errors?.[0]?.extensions?.['code']).toBe('PAYLOAD_TOO_LARGE');
    expect(await tableCounts(app)).toEqual(before);
  });
});
