import { startTestApp, type TestApp } from '../../testing/test-app';
import { graphqlUpload } from '../../testing/upload';
import { claudeRecord, copilotLine, PREVIEW, uploadMetrics, type RunResult } from './testing/ingestion-fixtures';

/**
 * The import writes a file by the cheapest path its keys allow (usage-merge.ts): plain inserts for developer-days
 * not stored yet, ungrouped cells when no developer-day repeats, and the general max-merge otherwise or when a key
 * collides after all. These pin down that every path stores what the general one would.
 */
describe('how an import writes: fast paths and the general merge agree', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const query = <T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> =>
    app.db.database.dataSource.query(sql, params);

  async function createOrganization(slug: string) {
    const { OrganizationService } = await import('../organizations/organization.service');
    const { TokenService } = await import('../auth/token.service');
    const dataSource = app.db.database.dataSource;
    const organization = await new OrganizationService(dataSource).create(slug, slug);
    const admin = await new TokenService(dataSource).create(organization.id, 'admin', 'admin');
    return { id: organization.id, adminToken: admin.secret };
  }

  /** Stored developer-days and cells of an organization, by login (not by the random developer id). */
  async function stored(organizationId: string) {
    const rows = await query(
      `SELECT i.value AS login, to_char(m.day, 'YYYY-MM-DD') AS day, m.generations, m.acceptances
         FROM daily_developer_metrics m
         JOIN developer_identities i ON i.developer_id = m.developer_id AND i.kind = 'github_login'
        WHERE m.organization_id = $1 ORDER BY 1, 2`,
      [organizationId],
    );
    const cells = await query(
      `SELECT i.value AS login, to_char(b.day, 'YYYY-MM-DD') AS day, b.key, b.generations
         FROM daily_metric_breakdowns b
         JOIN developer_identities i ON i.developer_id = b.developer_id AND i.kind = 'github_login'
        WHERE b.organization_id = $1 AND b.dimension = 'language_feature' ORDER BY 1, 2, 3`,
      [organizationId],
    );
    return { rows, cells };
  }

  it('combines a Copilot user-day repeated within one file by max, cells included, and previews the same counts', async () => {
    const organization = await createOrganization('org-repeat');
    const content = [
      copilotLine({
        userId: 1,
        login: 'ada',
        day: '2025-07-01',
        generations: 10,
        acceptances: 2,
        languages: { python: 10, go: 1 },
      }),
      copilotLine({ userId: 2, login: 'bo', day: '2025-07-01', generations: 4, languages: { go: 4 } }),
      copilotLine({
        userId: 1,
        login: 'ada',
        day: '2025-07-01',
        generations: 12,
        acceptances: 1,
        languages: { python: 8, rust: 2 },
      }),
    ].join('\n');
    const preview = await graphqlUpload<{ previewUpload: { newRows: number; updatedRows: number } }>(app, {
      query: PREVIEW,
      fileName: 'repeat.ndjson',
      content,
      token: organization.adminToken,
    });
    expect(preview.data?.previewUpload).toMatchObject({ newRows: 2, updatedRows: 0 });
    const run = (await uploadMetrics(app, 'repeat.ndjson', content, { token: organization.adminToken })).data
      ?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'COMPLETED', rowsProcessed: 3, newRows: 2, updatedRows: 0 });
    expect(await stored(organization.id)).toEqual({
      rows: [
        { login: 'ada', day: '2025-07-01', generations: 12, acceptances: 2 },
        { login: 'bo', day: '2025-07-01', generations: 4, acceptances: 0 },
      ],
      cells: [
        { login: 'ada', day: '2025-07-01', key: 'go', generations: 1 },
        { login: 'ada', day: '2025-07-01', key: 'python', generations: 10 },
        { login: 'ada', day: '2025-07-01', key: 'rust', generations: 2 },
        { login: 'bo', day: '2025-07-01', key: 'go', generations: 4 },
      ],
    });
  });

  it('inserts the new developer-days of a file and max-merges its stored ones, cells included; again, it changes nothing', async () => {
    const organization = await createOrganization('org-mixed');
    const upload = (name: string, content: string) =>
      uploadMetrics(app, name, content, { token: organization.adminToken });
    await upload(
      'first.ndjson',
      copilotLine({ userId: 3, login: 'cy', day: '2025-07-01', generations: 5, languages: { python: 5 } }),
    );
    const second = [
      copilotLine({ userId: 3, login: 'cy', day: '2025-07-01', generations: 7, languages: { python: 3, go: 4 } }),
      copilotLine({ userId: 3, login: 'cy', day: '2025-07-02', generations: 3, languages: { rust: 3 } }),
      copilotLine({ userId: 4, login: 'di', day: '2025-07-01', generations: 1, languages: { go: 1 } }),
    ].join('\n');
    const run = (await upload('second.ndjson', second)).data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'COMPLETED', newRows: 2, updatedRows: 1 });
    const expected = {
      rows: [
        { login: 'cy', day: '2025-07-01', generations: 7, acceptances: 0 },
        { login: 'cy', day: '2025-07-02', generations: 3, acceptances: 0 },
        { login: 'di', day: '2025-07-01', generations: 1, acceptances: 0 },
      ],
      cells: [
        { login: 'cy', day: '2025-07-01', key: 'go', generations: 4 },
        { login: 'cy', day: '2025-07-01', key: 'python', generations: 5 },
        { login: 'cy', day: '2025-07-02', key: 'rust', generations: 3 },
        { login: 'di', day: '2025-07-01', key: 'go', generations: 1 },
      ],
    };
    expect(await stored(organization.id)).toEqual(expected);

    const snapshot = () =>
      query(
        `SELECT * FROM daily_metric_breakdowns WHERE organization_id = $1 ORDER BY developer_id, tool, day, dimension, key, key2`,
        [organization.id],
      );
    const before = await snapshot();
    const again = (await upload('second.ndjson', second)).data?.uploadMetrics as RunResult;
    expect(again).toMatchObject({ status: 'COMPLETED', newRows: 0, updatedRows: 3 });
    expect(await stored(organization.id)).toEqual(expected);
    expect(await snapshot()).toEqual(before);
  });

  it('combines repeats and max-merges stored days in one file, for people seen under two identities too', async () => {
    const organization = await createOrganization('org-mixed-repeats');
    const upload = (name: string, content: string) =>
      uploadMetrics(app, name, content, { token: organization.adminToken });
    await upload(
      'first.ndjson',
      copilotLine({ userId: 6, login: 'gus', day: '2025-07-05', generations: 5, languages: { python: 5 } }),
    );
    // Line 3 names gus by his login alone: another person of the file, resolved to the same developer.
    const second = [
      copilotLine({ userId: 6, login: 'gus', day: '2025-07-05', generations: 4, languages: { python: 2, go: 3 } }),
      copilotLine({ userId: 6, login: 'gus', day: '2025-07-06', generations: 2, languages: { go: 2 } }),
      copilotLine({ login: 'gus', day: '2025-07-06', generations: 3, languages: { go: 1, rust: 1 } }),
    ].join('\n');
    const run = (await upload('second.ndjson', second)).data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'COMPLETED', rowsProcessed: 3, newRows: 1, updatedRows: 1 });
    expect(await stored(organization.id)).toEqual({
      rows: [
        { login: 'gus', day: '2025-07-05', generations: 5, acceptances: 0 },
        { login: 'gus', day: '2025-07-06', generations: 3, acceptances: 0 },
      ],
      cells: [
        { login: 'gus', day: '2025-07-05', key: 'go', generations: 3 },
        { login: 'gus', day: '2025-07-05', key: 'python', generations: 5 },
        { login: 'gus', day: '2025-07-06', key: 'go', generations: 2 },
        { login: 'gus', day: '2025-07-06', key: 'rust', generations: 1 },
      ],
    });
  });

  it('falls back to the general merge when a key of the fast path turns out to be stored', async () => {
    const organization = await createOrganization('org-fallback');
    const { seedDeveloper } = await import('../developers/testing/seed-usage');
    const developer = await seedDeveloper(app.db.database.dataSource, organization.id, 'eve', [
      { kind: 'github_user_id', value: '5' },
      { kind: 'github_login', value: 'eve' },
    ]);
    // A cell whose developer-day is not stored, which the parent triggers normally make impossible: the file's
    // developer-day counts as new, so its cells take the plain insert, which collides with this one.
    await query(`ALTER TABLE daily_metric_breakdowns DISABLE TRIGGER daily_metric_breakdowns_parent_insert`);
    try {
      await query(
        `INSERT INTO daily_metric_breakdowns (organization_id, developer_id, tool, day, source, dimension, key, key2,
                                              raw_key, raw_key2, generations)
         VALUES ($1, $2, 'copilot', '2025-07-03', 'COPILOT', 'language_feature', 'python', 'code_completion',
                 'python', 'code_completion', 9)`,
        [organization.id, developer],
      );
    } finally {
      await query(`ALTER TABLE daily_metric_breakdowns ENABLE TRIGGER daily_metric_breakdowns_parent_insert`);
    }
    const content = copilotLine({
      userId: 5,
      login: 'eve',
      day: '2025-07-03',
      generations: 6,
      languages: { python: 6, go: 2 },
    });
    const run = (await uploadMetrics(app, 'eve.ndjson', content, { token: organization.adminToken })).data
      ?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'COMPLETED', newRows: 1, updatedRows: 0 });
    expect(await stored(organization.id)).toEqual({
      rows: [{ login: 'eve', day: '2025-07-03', generations: 6, acceptances: 0 }],
      cells: [
        { login: 'eve', day: '2025-07-03', key: 'go', generations: 2 },
        { login: 'eve', day: '2025-07-03', key: 'python', generations: 9 },
      ],
    });
  });

  it('combines the cells of a Claude Code actor-day split over two records into one', async () => {
    const organization = await createOrganization('org-claude-cells');
    const model = (name: string) => ({
      model: name,
      tokens: { input: 10, output: 5, cache_creation: 0, cache_read: 0 },
      estimated_cost: { currency: 'USD', amount: 3 },
    });
    const record = (sessions: number, models: string[]) => ({
      ...claudeRecord({ day: '2025-07-04', email: 'fay@example.com', sessions, linesAdded: 1 }),
      model_breakdown: models.map(model),
    });
    const report = { data: [record(1, ['claude-sonnet-4.5']), record(2, ['claude-sonnet-4.5', 'claude-haiku-4.5'])] };
    const run = (await uploadMetrics(app, 'claude.json', JSON.stringify(report), { token: organization.adminToken }))
      .data?.uploadMetrics as RunResult;
    expect(run).toMatchObject({ status: 'COMPLETED', rowsProcessed: 2, newRows: 1 });
    const [row] = await query(
      `SELECT sessions, tokens_input::int AS tokens_input FROM daily_developer_metrics WHERE organization_id = $1`,
      [organization.id],
    );
    expect(row).toEqual({ sessions: 3, tokens_input: 30 });
    const cells = await query(
      `SELECT key FROM daily_metric_breakdowns WHERE organization_id = $1 AND dimension = 'model' ORDER BY key`,
      [organization.id],
    );
    expect(cells).toEqual([{ key: 'claude-haiku-4.5' }, { key: 'claude-sonnet-4.5' }]);
  });
});
