import { PassThrough } from 'node:stream';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { resolveFilter } from '../metrics/filter-resolution';
import { seedDevelopers, seedUsage } from '../metrics/testing/seed-usage';
import { ALICE, BOB, CAROL, loadSmallFixture } from '../metrics/testing/small-fixture';
import { streamRawCsv } from './csv-exports';
import { csvCell } from './csv-cell';
import { streamRawNdjson } from './ndjson-export';

const EVIL = '00000000-0000-4000-8000-0000000000ee';
const PERIOD = 'from=2025-03-01&to=2025-03-03';

describe('exports', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    const dataSource = app.db.database.dataSource;
    await loadSmallFixture(dataSource, app.orgA.id, app.orgB.id);
    // Organization B also has a developer whose name is a formula and whose net lines are negative.
    await seedDevelopers(dataSource, app.orgB.id, [{ id: EVIL, displayName: '+SUM(A1)', githubLogin: '@evil' }]);
    await seedUsage(dataSource, app.orgB.id, [
      {
        developerId: EVIL,
        source: 'COPILOT',
        tool: 'copilot',
        day: '2025-03-03',
        counters: { generations: 1, acceptances: 0, interactions: 0, linesAdded: 0, linesDeleted: 12 },
        breakdowns: [],
      },
    ]);
  });
  afterAll(() => app.close());

  const download = (path: string, token: string | null = app.orgA.adminToken) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

  it('raw.csv: the filtered developer-tool-days, ordered by day, developer, tool', async () => {
    const response = await download(`/export/raw.csv?${PERIOD}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="devpulse-raw-2025-03-01_2025-03-03.csv"',
    );
    const lines = (await response.text()).trim().split('\n');
    expect(lines[0]).toMatch(
      /^day,developer_id,developer,display_name,source,tool,generations,acceptances,interactions,lines_added,lines_deleted,net_lines,/,
    );
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 12).join(','))).toEqual([
      `2025-03-01,${ALICE},alice-gh,Alice A,CLAUDE_CODE,claude_code,0,0,3,30,20,10`,
      `2025-03-01,${ALICE},alice-gh,Alice A,COPILOT,copilot,100,60,5,40,10,30`,
      `2025-03-02,${BOB},bob@example.com,Bob B,COPILOT,copilot,40,0,2,0,0,0`,
      `2025-03-02,${CAROL},Carol C,Carol C,COPILOT,copilot,0,0,0,0,0,0`,
      `2025-03-03,${ALICE},alice-gh,Alice A,COPILOT,copilot,10,2,0,5,0,5`,
    ]);
  });

  it('raw.csv honours every filter parameter, comma-separated', async () => {
    const text = await (
      await download(`/export/raw.csv?${PERIOD}&sources=COPILOT&developerIds=${ALICE},${BOB}&ides=jetbrains`)
    ).text();
    expect(
      text
        .trim()
        .split('\n')
        .slice(1)
        .map((line) => line.slice(0, 10)),
    ).toEqual(['2025-03-03']);
  });

  it('neutralizes formula cells but keeps numbers numbers', async () => {
    const text = await (await download(`/export/raw.csv?${PERIOD}`, app.orgB.viewerToken)).text();
    const evil = text.split('\n').find((line) => line.includes(EVIL));
    // '@evil and '+SUM(A1) are text now; −12 net lines is still a plain number
    expect(evil?.split(',').slice(2, 12)).toEqual([
      "'@evil",
      "'+SUM(A1)",
      'COPILOT',
      'copilot',
      '1',
      '0',
      '0',
      '0',
      '12',
      '-12',
    ]);
    expect(text).toContain("'=mallory");
    const explorer = await (await download(`/export/explorer.csv?${PERIOD}`, app.orgB.viewerToken)).text();
    expect(explorer.split('\n').find((line) => line.includes('evil'))).toBe("'@evil,1,1,0,12,-12,0,36,36");
    expect([csvCell('\tx'), csvCell('\rx'), csvCell('-1'), csvCell(-1), csvCell(null), csvCell('a=b')]).toEqual([
      "'\tx",
      "'\rx",
      "'-1",
      -1,
      '',
      'a=b',
    ]);
  });

  it("explorer.csv: the explorer's nine columns with the value settings", async () => {
    const response = await download(`/export/explorer.csv?${PERIOD}&linesPerHour=60&ratePerHour=120&currency=EUR`);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="devpulse-explorer-2025-03-01_2025-03-03.csv"',
    );
    expect((await response.text()).trim().split('\n')).toEqual([
      'developer,days_active,generations,lines_added,lines_deleted,net_lines,value_added,value_deleted,total_value',
      'alice-gh,2,110,75,30,45,150,60,210', // 75 × 120 ÷ 60 = 150; 30 × 120 ÷ 60 = 60
      'bob@example.com,1,40,0,0,0,0,0,0',
      'Carol C,0,0,0,0,0,0,0,0',
    ]);
    const bad = await download(`/export/explorer.csv?${PERIOD}&linesPerHour=0`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { code: string } }).error.code).toBe('BAD_USER_INPUT');
  });

  it('raw.ndjson: every stored row of the organization, unfiltered, with breakdowns', async () => {
    const response = await download('/export/raw.ndjson?from=2025-03-03', app.orgA.viewerToken);
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="devpulse-raw-2025-02-27_2025-03-03.ndjson"',
    );
    const records = (await response.text())
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(records.map((record) => `${String(record['day'])} ${String(record['tool'])}`)).toEqual([
      '2025-02-27 copilot',
      '2025-03-01 claude_code',
      '2025-03-01 copilot',
      '2025-03-02 copilot',
      '2025-03-02 copilot',
      '2025-03-03 copilot',
    ]);
    const aliceCopilot = records[2] as {
      developerId: string;
      generations: number;
      breakdowns: { dimension: string }[];
    };
    expect(aliceCopilot.developerId).toBe(ALICE);
    expect(aliceCopilot.generations).toBe(100);
    expect(aliceCopilot.breakdowns).toHaveLength(7);
  });

  it('streams in keyset batches without gaps or repeats', async () => {
    const dataSource = app.db.database.dataSource;
    const collect = async (write: (sink: PassThrough) => Promise<void>) => {
      const sink = new PassThrough();
      const chunks: Buffer[] = [];
      sink.on('data', (chunk: Buffer) => chunks.push(chunk));
      await write(sink);
      return Buffer.concat(chunks).toString('utf8');
    };
    const filter = await resolveFilter(dataSource, app.orgA.id, { from: '2025-02-01', to: '2025-03-31' });
    const whole = await collect((sink) => streamRawCsv(dataSource, filter, sink));
    expect(await collect((sink) => streamRawCsv(dataSource, filter, sink, 2))).toBe(whole);
    expect(whole.trim().split('\n')).toHaveLength(7); // header + 6 rows
    const ndjson = await collect((sink) => streamRawNdjson(dataSource, app.orgA.id, sink));
    expect(await collect((sink) => streamRawNdjson(dataSource, app.orgA.id, sink, 1))).toBe(ndjson);
  });

  it('needs a token and shows each organization only its own rows', async () => {
    expect((await download(`/export/raw.csv?${PERIOD}`, null)).status).toBe(401);
    expect((await download('/export/raw.ndjson', 'not-a-token')).status).toBe(401);
    const orgB = await (await download('/export/raw.ndjson', app.orgB.adminToken)).text();
    expect(orgB).not.toContain(ALICE);
    expect(orgB.trim().split('\n')).toHaveLength(2);
    const orgBExplorer = await (await download(`/export/explorer.csv?${PERIOD}`, app.orgB.adminToken)).text();
    expect(orgBExplorer).not.toContain('alice');
    expect((await download(`/export/raw.csv?developerIds=nope`)).status).toBe(400);
  });
});
