import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { graphqlUpload } from '../../testing/upload';
import {
  claudeRecord,
  copilotLine,
  PREVIEW,
  RUN_FIELDS,
  storedTotals,
  tableCounts,
  uploadMetrics,
  type RunResult,
} from './testing/ingestion-fixtures';

const REAL_EXPORT = '/work/shared/fixtures/derived/github-copilot/organization-users-28-day-report.day_totals.ndjson';

describe('usage ingestion over GraphQL multipart uploads', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const query = (sql: string, params: unknown[] = []) => app.db.database.dataSource.query(sql, params);

  it('imports a Copilot export: a COMPLETED run with bytes, sha256, token and counts', async () => {
    const content = [
      copilotLine({
        userId: 101,
        login: 'Carol',
        day: '2025-09-01',
        generations: 3,
        acceptances: 2,
        languages: { ts: 3 },
      }),
      copilotLine({ userId: 101, login: 'Carol', day: '2025-09-02', generations: 4, acceptances: 1 }),
    ].join('\n');
    const response = await uploadMetrics(app, 'carol.NDJSON', content);
    expect(response.errors).toBeUndefined();
    const run = response.data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({
      fileName: 'carol.NDJSON',
      format: 'COPILOT_NDJSON',
      status: 'COMPLETED',
      rowsProcessed: 2,
      rowsErrored: 0,
      errorDetails: [],
      bytes: Buffer.byteLength(content),
      sha256: createHash('sha256').update(content).digest('hex'),
      newRows: 2,
      updatedRows: 0,
      distinctDevelopers: 1,
      firstDay: '2025-09-01',
      lastDay: '2025-09-02',
    });
    expect(run.finishedAt).not.toBeNull();
    const [audit] = await query(`SELECT token_id, organization_id FROM metric_ingestion_runs WHERE id = $1`, [run.id]);
    const [token] = await query(`SELECT id FROM api_tokens WHERE organization_id = $1 AND role = 'admin'`, [
      app.orgA.id,
    ]);
    expect(audit).toEqual({ token_id: token.id, organization_id: app.orgA.id });
    // The language alias `ts` is stored normalized, with the raw spelling kept.
    const cells = await query(
      `SELECT b.key, b.raw_key, b.generations FROM daily_metric_breakdowns b
         JOIN developer_identities i ON i.developer_id = b.developer_id AND i.kind = 'github_user_id' AND i.value = '101'
        WHERE b.dimension = 'language_feature'`,
    );
    expect(cells).toEqual([{ key: 'typescript', raw_key: 'ts', generations: 3 }]);
  });

  it('gives exactly the totals of the union of two overlapping exports (max per developer-tool-day), in either order', async () => {
    const exportOne = [
      copilotLine({ userId: 1, login: 'alice', day: '2025-10-01', generations: 10, acceptances: 5 }),
      copilotLine({
        userId: 1,
        login: 'alice',
        day: '2025-10-02',
        generations: 20,
        acceptances: 8,
        languages: { typescript: 20 },
      }),
      copilotLine({ userId: 1, login: 'alice', day: '2025-10-03', generations: 4, acceptances: 1 }),
      copilotLine({ userId: 2, login: 'bob', day: '2025-10-02', generations: 7, acceptances: 7 }),
    ].join('\n');
    const exportTwo = [
      copilotLine({
        userId: 1,
        login: 'alice',
        day: '2025-10-02',
        generations: 25,
        acceptances: 6,
        languages: { typescript: 25 },
      }),
      copilotLine({ userId: 1, login: 'alice', day: '2025-10-03', generations: 4, acceptances: 1 }),
      copilotLine({ userId: 1, login: 'alice', day: '2025-10-04', generations: 9, acceptances: 3 }),
      copilotLine({ userId: 2, login: 'bob', day: '2025-10-02', generations: 5, acceptances: 9 }),
    ].join('\n');
    // Union, max per key:
    //   alice 10-01: 10 / 5          (only in one)
    //   alice 10-02: max(20,25)=25 / max(8,6)=8
    //   alice 10-03: 4 / 1           (identical in both)
    //   alice 10-04: 9 / 3           (only in two)
    //   bob   10-02: max(7,5)=7 / max(7,9)=9
    //   generations = 10+25+4+9+7 = 55, acceptances = 5+8+1+3+9 = 26, rows = 5
    //   breakdown typescript on alice 10-02 = max(20,25) = 25
    const first = await uploadMetrics(app, 'one.ndjson', exportOne, { token: app.orgB.adminToken });
    const second = await uploadMetrics(app, 'two.ndjson', exportTwo, { token: app.orgB.adminToken });
    expect(first.data?.uploadMetrics).toMatchObject({ status: 'COMPLETED', newRows: 4, updatedRows: 0 });
    expect(second.data?.uploadMetrics).toMatchObject({ status: 'COMPLETED', newRows: 1, updatedRows: 3 });
    const totals = await storedTotals(app.db.database.dataSource, app.orgB.id);
    expect(totals).toMatchObject({ rows: 5, generations: 55, acceptances: 26 });

    // The other order on a fresh organization gives the same result.
    const other = await createOrganization('org-order');
    await uploadMetrics(app, 'two.ndjson', exportTwo, { token: other.adminToken });
    await uploadMetrics(app, 'one.ndjson', exportOne, { token: other.adminToken });
    expect(await storedTotals(app.db.database.dataSource, other.id)).toEqual(totals);

    for (const organizationId of [app.orgB.id, other.id]) {
      const [cell] = await query(
        `SELECT sum(generations)::int AS generations FROM daily_metric_breakdowns
          WHERE organization_id = $1 AND dimension = 'language_feature' AND key = 'typescript'`,
        [organizationId],
      );
      expect(cell.generations).toBe(25);
    }
  });

  it('changes nothing when the same file is imported again (idempotent), not even updated_at', async () => {
    const content = [
      copilotLine({
        userId: 7,
        login: 'dora',
        day: '2025-08-01',
        generations: 5,
        acceptances: 2,
        languages: { python: 5 },
      }),
      copilotLine({ userId: 7, login: 'dora', day: '2025-08-02', generations: 6, acceptances: 3 }),
    ].join('\n');
    await uploadMetrics(app, 'dora.ndjson', content);
    const snapshot = () =>
      Promise.all([
        query(`SELECT * FROM daily_developer_metrics ORDER BY developer_id, tool, day`),
        query(`SELECT * FROM daily_metric_breakdowns ORDER BY developer_id, tool, day, dimension, key, key2`),
        query(`SELECT id, display_name FROM developers ORDER BY id`),
        query(`SELECT kind, value, developer_id FROM developer_identities ORDER BY kind, value`),
      ]);
    const before = await snapshot();
    const again = await uploadMetrics(app, 'dora.ndjson', content);
    expect(again.data?.uploadMetrics).toMatchObject({ status: 'COMPLETED', newRows: 0, updatedRows: 2 });
    expect(await snapshot()).toEqual(before);
  });

  it('imports the anonymised real export with 0 row errors and totals equal to its own sums', async () => {
    const text = fs.readFileSync(REAL_EXPORT, 'utf8');
    const expected = {
      rows: 0,
      generations: 0,
      acceptances: 0,
      interactions: 0,
      lines_added: 0,
      lines_deleted: 0,
      loc_suggested_add: 0,
      loc_suggested_delete: 0,
    };
    const users = new Set<number>();
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      const record = JSON.parse(line) as Record<string, number>;
      expected.rows++;
      users.add(record['user_id'] as number);
      expected.generations += record['code_generation_activity_count'] ?? 0;
      expected.acceptances += record['code_acceptance_activity_count'] ?? 0;
      expected.interactions += record['user_initiated_interaction_count'] ?? 0;
      expected.lines_added += record['loc_added_sum'] ?? 0;
      expected.lines_deleted += record['loc_deleted_sum'] ?? 0;
      expected.loc_suggested_add += record['loc_suggested_to_add_sum'] ?? 0;
      expected.loc_suggested_delete += record['loc_suggested_to_delete_sum'] ?? 0;
    }
    const organization = await createOrganization('org-real');
    const response = await uploadMetrics(app, 'organization-users-28-day-report.day_totals.ndjson', text, {
      token: organization.adminToken,
    });
    const run = response.data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({
      status: 'COMPLETED',
      rowsErrored: 0,
      rowsProcessed: expected.rows,
      distinctDevelopers: users.size,
    });
    expect(await storedTotals(app.db.database.dataSource, organization.id)).toMatchObject(expected);
    // active_time_minutes is absent in current exports: unknown, never 0.
    expect((await storedTotals(app.db.database.dataSource, organization.id))['active_minutes_known']).toBe(0);
  });

  it('reports each broken line by number and reason, and still imports the valid rows', async () => {
    const lines = [
      copilotLine({ userId: 20, login: 'erin', day: '2025-07-01', generations: 1 }), // 1 ok
      '{"user_id": 21, "day": "2025-07-01", "code_generation', // 2 bad JSON
      JSON.stringify({ day: '2025-07-01', code_generation_activity_count: 1 }), // 3 no person
      copilotLine({ userId: 22, day: '2025-02-30' }), // 4 invalid date
      copilotLine({ userId: 23, day: '2099-01-01' }), // 5 future date
      copilotLine({ userId: 24, day: '2025-07-01', generations: -3 }), // 6 negative count
      JSON.stringify({ user_id: 25, day: '2025-07-01', code_generation_activity_count: 'many' }), // 7 not a number
      copilotLine({ userId: 26, login: 'frank', day: '2025-07-02', generations: 2 }), // 8 ok
    ];
    const response = await uploadMetrics(app, 'broken.ndjson', lines.join('\n'));
    const run = response.data?.uploadMetrics as RunResult;
    expect(run.status).toBe('COMPLETED');
    expect(run.rowsProcessed).toBe(2);
    expect(run.rowsErrored).toBe(6);
    expect(run.errorDetails.map((error) => error.line)).toEqual([2, 3, 4, 5, 6, 7]);
    const messages = run.errorDetails.map((error) => error.message);
    expect(messages[1]).toMatch(/person/);
    expect(messages[2]).toMatch(/date|day/i);
    expect(messages[3]).toMatch(/future|after/i);
    expect(messages[4]).toMatch(/negative/);
    expect(messages[5]).toMatch(/not a number/);
    const stored = await query(
      `SELECT i.value FROM daily_developer_metrics m JOIN developer_identities i ON i.developer_id = m.developer_id AND i.kind = 'github_user_id'
        WHERE m.organization_id = $1 AND i.value IN ('20', '21', '22', '23', '24', '25', '26') ORDER BY i.value`,
      [app.orgA.id],
    );
    expect(stored.map((row: { value: string }) => row.value)).toEqual(['20', '26']);
  });

  it('fails a run whose every row fails, still reporting each row error, and stores nothing', async () => {
    const before = await tableCounts(app);
    const response = await uploadMetrics(
      app,
      'all-bad.ndjson',
      [copilotLine({ userId: 30, day: '2099-05-05' }), 'not json'].join('\n'),
    );
    const run = response.data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'FAILED', rowsProcessed: 0, rowsErrored: 2 });
    expect(run.errorDetails.map((error) => error.line)).toEqual([1, 2]);
    const after = await tableCounts(app);
    expect(after).toEqual({ ...before, metric_ingestion_runs: (before['metric_ingestion_runs'] ?? 0) + 1 });
  });

  it('previews exactly what an import would do and writes nothing to any table', async () => {
    const organization = await createOrganization('org-preview');
    await uploadMetrics(
      app,
      'first.ndjson',
      copilotLine({ userId: 40, login: 'gail', day: '2025-06-01', generations: 3 }),
      {
        token: organization.adminToken,
      },
    );
    const content = [
      copilotLine({ userId: 40, login: 'gail', day: '2025-06-01', generations: 5, extra: { brand_new_field: 1 } }),
      copilotLine({ userId: 40, login: 'gail', day: '2025-06-02', generations: 2, languages: { 'c#': 2 } }),
      copilotLine({ userId: 41, login: 'hank', day: '2025-06-03', generations: 1 }),
      'oops',
    ].join('\n');
    const before = await tableCounts(app);
    const response = await graphqlUpload<{ previewUpload: Record<string, unknown> }>(app, {
      query: PREVIEW,
      fileName: 'next.ndjson',
      content,
      token: organization.adminToken,
    });
    expect(response.errors).toBeUndefined();
    expect(await tableCounts(app)).toEqual(before);
    const preview = response.data?.previewUpload;
    expect(preview).toMatchObject({
      format: 'COPILOT_NDJSON',
      rowCount: 3,
      columns: [],
      mapping: null,
      errors: [{ line: 4, message: expect.any(String) }],
      errorCount: 1,
      firstDay: '2025-06-01',
      lastDay: '2025-06-03',
      distinctDevelopers: 2,
      newRows: 2,
      updatedRows: 1,
    });
    expect(preview?.['warnings']).toContain('Ignored unknown field `brand_new_field`');
    expect((preview?.['sample'] as unknown[])[1]).toEqual({
      line: 2,
      day: '2025-06-02',
      tool: 'copilot',
      source: 'COPILOT',
      person: 'gail',
      identities: [
        { kind: 'github_user_id', value: '40' },
        { kind: 'github_login', value: 'gail' },
      ],
      isService: false,
      generations: 2,
      acceptances: 0,
      linesAdded: 0,
      aiCredits: null,
      activeMinutes: null,
      breakdownCount: 1,
    });
    // The import then does what the preview said.
    const run = (await uploadMetrics(app, 'next.ndjson', content, { token: organization.adminToken })).data
      ?.uploadMetrics;
    expect(run).toMatchObject({ newRows: 2, updatedRows: 1, rowsProcessed: 3, rowsErrored: 1 });
  });

  it('sums two Claude Code rows of the same actor and day, and makes API-key actors service developers', async () => {
    const organization = await createOrganization('org-claude');
    const report = {
      data: [
        claudeRecord({ day: '2025-05-01', email: 'Ivy@Example.com', sessions: 2, linesAdded: 30, commits: 1 }),
        claudeRecord({ day: '2025-05-01', email: 'ivy@example.com ', sessions: 3, linesAdded: 12 }),
        claudeRecord({ day: '2025-05-01', apiKey: 'ci-bot-key', sessions: 9, linesAdded: 500 }),
      ],
      has_more: false,
      next_page: null,
    };
    const response = await uploadMetrics(app, 'claude.json', JSON.stringify(report), {
      token: organization.adminToken,
    });
    expect(response.data?.uploadMetrics).toMatchObject({
      format: 'CLAUDE_CODE_JSON',
      status: 'COMPLETED',
      rowsProcessed: 3,
      newRows: 2,
    });
    const rows = await query(
      `SELECT d.display_name, d.is_service, m.sessions, m.lines_added, m.commits, i.kind, i.value
         FROM daily_developer_metrics m
         JOIN developers d ON d.id = m.developer_id
         JOIN developer_identities i ON i.developer_id = d.id
        WHERE m.organization_id = $1 ORDER BY d.is_service`,
      [organization.id],
    );
    expect(rows).toEqual([
      // 2 + 3 sessions, 30 + 12 lines: one person, emails folded to one identity.
      {
        display_name: expect.any(String),
        is_service: false,
        sessions: 5,
        lines_added: 42,
        commits: 1,
        kind: 'email',
        value: 'ivy@example.com',
      },
      {
        display_name: 'ci-bot-key',
        is_service: true,
        sessions: 9,
        lines_added: 500,
        commits: 0,
        kind: 'api_key',
        value: 'ci-bot-key',
      },
    ]);
  });

  it('keeps a Copilot user whose login changed on one developer, and never steals an identity owned by another', async () => {
    const organization = await createOrganization('org-identity');
    const upload = (name: string, content: string) =>
      uploadMetrics(app, name, content, { token: organization.adminToken });
    await upload('a.ndjson', copilotLine({ userId: 50, login: 'old-name', day: '2025-04-01', generations: 1 }));
    await upload('b.ndjson', copilotLine({ userId: 50, login: 'New-Name', day: '2025-04-02', generations: 1 }));
    const identities = await query(
      `SELECT kind, value, developer_id FROM developer_identities WHERE organization_id = $1 ORDER BY kind, value`,
      [organization.id],
    );
    expect(identities.map((row: { kind: string; value: string }) => `${row.kind}:${row.value}`)).toEqual([
      'github_login:new-name',
      'github_login:old-name',
      'github_user_id:50',
    ]);
    expect(new Set(identities.map((row: { developer_id: string }) => row.developer_id)).size).toBe(1);

    // User 51 is known under its own login; a later export shows it with `old-name`, which user 50's developer owns.
    // User 51's first identity (its user id) decides: it stays itself, and `old-name` is not taken from user 50.
    await upload('c.ndjson', copilotLine({ userId: 51, login: 'other', day: '2025-04-03', generations: 1 }));
    const response = await upload(
      'd.ndjson',
      copilotLine({ userId: 51, login: 'old-name', day: '2025-04-04', generations: 1 }),
    );
    const run = response.data?.uploadMetrics as RunResult;
    expect(run.status).toBe('COMPLETED');
    expect(run.warnings.join('\n')).toMatch(/github_login "old-name" already belongs to another developer/);
    const owners = await query(
      `SELECT i.value, count(DISTINCT m.day)::int AS days FROM developer_identities i
         JOIN daily_developer_metrics m ON m.developer_id = i.developer_id
        WHERE i.organization_id = $1 AND i.kind = 'github_user_id' GROUP BY i.value ORDER BY i.value`,
      [organization.id],
    );
    expect(owners).toEqual([
      { value: '50', days: 2 },
      { value: '51', days: 2 },
    ]);
    const [owner] = await query(
      `SELECT developer_id FROM developer_identities WHERE organization_id = $1 AND kind = 'github_login' AND value = 'old-name'`,
      [organization.id],
    );
    expect(owner.developer_id).toBe(identities[0].developer_id);
    const [{ developers }] = await query(
      `SELECT count(*)::int AS developers FROM developers WHERE organization_id = $1`,
      [organization.id],
    );
    expect(developers).toBe(2);
  });

  it('imports a generic CSV with a proposed mapping, and with a mapping the admin corrected', async () => {
    const organization = await createOrganization('org-csv');
    const csv =
      'Date,User Email,Tool,Suggestions,Accepted,Seats\n2025-03-01,jo@example.com,cursor,10,4,x\n03/02/2025,jo@example.com,cursor,6,2,y\n';
    const preview = await graphqlUpload<{ previewUpload: Record<string, unknown> }>(app, {
      query: PREVIEW,
      fileName: 'usage.CSV',
      content: csv,
      token: organization.adminToken,
    });
    expect(preview.errors).toBeUndefined();
    expect(preview.data?.previewUpload).toMatchObject({
      format: 'GENERIC_CSV',
      columns: ['Date', 'User Email', 'Tool', 'Suggestions', 'Accepted', 'Seats'],
      mapping: { day: 'Date', email: 'User Email', tool: 'Tool' },
      rowCount: 2,
    });
    const mapping = {
      day: 'Date',
      email: 'User Email',
      tool: 'Tool',
      generations: 'Suggestions',
      acceptances: 'Accepted',
    };
    const run = await uploadMetrics(app, 'usage.csv', csv, { token: organization.adminToken, variables: { mapping } });
    expect(run.data?.uploadMetrics).toMatchObject({ status: 'COMPLETED', rowsProcessed: 2, format: 'GENERIC_CSV' });
    expect(await storedTotals(app.db.database.dataSource, organization.id, 'cursor')).toMatchObject({
      rows: 2,
      generations: 16,
      acceptances: 6,
    });
  });

  it('refuses other extensions and unrecognisable content with BAD_USER_INPUT, writing nothing', async () => {
    const before = await tableCounts(app);
    const wrongExtension = await uploadMetrics(app, 'report.txt', copilotLine({ userId: 1, day: '2025-01-01' }));
    expect(wrongExtension.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const unknown = await uploadMetrics(app, 'mystery.json', JSON.stringify({ hello: 'world' }));
    expect(unknown.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.message).toMatch(/format/);
    const empty = await uploadMetrics(app, 'empty.csv', '');
    expect(empty.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await tableCounts(app)).toEqual(before);
  });

  it('uses the format argument instead of detection', async () => {
    const response = await uploadMetrics(
      app,
      'copilot.json',
      copilotLine({ userId: 60, login: 'kim', day: '2025-01-05', generations: 1 }),
      {
        variables: { format: 'CLAUDE_CODE_JSON' },
      },
    );
    // Read as Claude Code, a Copilot record has no actor: a row error, and the run fails.
    expect(response.data?.uploadMetrics).toMatchObject({
      format: 'CLAUDE_CODE_JSON',
      status: 'FAILED',
      rowsErrored: 1,
    });
  });

  it('refuses uploads and previews from a viewer token with FORBIDDEN, writing nothing', async () => {
    const before = await tableCounts(app);
    const content = copilotLine({ userId: 70, login: 'lee', day: '2025-01-01', generations: 1 });
    const upload = await uploadMetrics(app, 'viewer.ndjson', content, { token: app.orgA.viewerToken });
    expect(upload.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const preview = await graphqlUpload(app, {
      query: PREVIEW,
      fileName: 'viewer.ndjson',
      content,
      token: app.orgA.viewerToken,
    });
    expect(preview.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await tableCounts(app)).toEqual(before);
    // Viewers may read the run history.
    const runs = await app.graphql<{ ingestionRuns: unknown[] }>(
      `{ ingestionRuns { id } }`,
      undefined,
      app.orgA.viewerToken,
    );
    expect(runs.errors).toBeUndefined();
  });

  it('never shows one organization the runs of another', async () => {
    const runsOf = async (token: string) =>
      (
        await app.graphql<{ ingestionRuns: RunResult[] }>(
          `{ ingestionRuns(first: 500) { ${RUN_FIELDS} } }`,
          undefined,
          token,
        )
      ).data?.ingestionRuns ?? [];
    const runsOfA = await runsOf(app.orgA.adminToken);
    const runsOfB = await runsOf(app.orgB.adminToken);
    expect(runsOfA.length).toBeGreaterThan(0);
    expect(runsOfB.length).toBeGreaterThan(0);
    const idsOfA = new Set(runsOfA.map((run) => run.id));
    expect(runsOfB.filter((run) => idsOfA.has(run.id))).toEqual([]);
    const lookup = await app.graphql<{ ingestionRun: RunResult | null }>(
      `query($id: ID!) { ingestionRun(id: $id) { id } }`,
      { id: runsOfA[0]?.id },
      app.orgB.adminToken,
    );
    expect(lookup.data?.ingestionRun).toBeNull();
    const own = await app.graphql<{ ingestionRun: RunResult | null }>(
      `query($id: ID!) { ingestionRun(id: $id) { id } }`,
      { id: runsOfA[0]?.id },
    );
    expect(own.data?.ingestionRun?.id).toBe(runsOfA[0]?.id);
    // Newest first.
    const created = runsOfA.map((run) => run.id);
    expect(created.length).toBe(new Set(created).size);
  });

  async function createOrganization(slug: string) {
    const { OrganizationService } = await import('../organizations/organization.service');
    const { TokenService } = await import('../auth/token.service');
    const dataSource = app.db.database.dataSource;
    const organization = await new OrganizationService(dataSource).create(slug, slug);
    const admin = await new TokenService(dataSource).create(organization.id, 'admin', 'admin');
    return { id: organization.id, adminToken: admin.secret };
  }
});
