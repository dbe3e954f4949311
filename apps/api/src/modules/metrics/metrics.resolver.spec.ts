import { startTestApp, type TestApp } from '../../testing/test-app';
import { KPIS_QUERY, METRICS_QUERY, type KpisResult, type MetricsResult } from './testing/metrics-documents';
import { seedUsage } from './testing/seed-usage';
import { ALICE, BOB, CAROL, loadSmallFixture, type SmallFixtureIds } from './testing/small-fixture';

const PERIOD = { from: '2025-03-01', to: '2025-03-03' };

describe('metrics on the small fixture (hand-computed)', () => {
  let app: TestApp;
  let ids: SmallFixtureIds;

  beforeAll(async () => {
    app = await startTestApp();
    ids = await loadSmallFixture(app.db.database.dataSource, app.orgA.id, app.orgB.id);
  });
  afterAll(() => app.close());

  const metrics = async (filter: Record<string, unknown> | null, token?: string) => {
    const response = await app.graphql<MetricsResult>(METRICS_QUERY, { filter }, token);
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.metrics;
  };
  const kpis = async (filter: Record<string, unknown>): Promise<KpisResult> => {
    const response = await app.graphql<{ metrics: { kpis: KpisResult } }>(KPIS_QUERY, { filter });
    expect(response.errors).toBeUndefined();
    if (!response.data) throw new Error('no data');
    return response.data.metrics.kpis;
  };

  it('computes every field of the period', async () => {
    const result = await metrics(PERIOD);
    expect(result.period).toEqual({ from: '2025-03-01', to: '2025-03-03', days: 3 });
    expect(result.previousPeriod).toEqual({ from: '2025-02-26', to: '2025-02-28', days: 3 });
    expect(result.kpis).toEqual({
      totalGenerations: 150, // 100 + 0 + 10 (alice) + 40 (bob) + 0 (carol)
      totalAcceptances: 62, // 60 + 2
      acceptanceRate: 62 / 150, // not gated at KPI level
      linesAdded: 75, // 40 + 30 + 5
      linesDeleted: 30, // 10 + 20
      netLines: 45, // 75 − 30
      interactions: 10, // 5 + 3 + 2
      activeUsers: 2, // alice, bob; carol has zeros only
      activeDays: 3, // alice 03-01 (two tools, one day), alice 03-03, bob 03-02
      estimatedValue: 315, // (75 + 30) lines ÷ 30 per hour × 90
    });
    expect(result.previousKpis).toEqual({
      totalGenerations: 30, // bob 02-27
      totalAcceptances: 10,
      acceptanceRate: 10 / 30,
      linesAdded: 3,
      linesDeleted: 1,
      netLines: 2,
      interactions: 1,
      activeUsers: 1,
      activeDays: 1,
      estimatedValue: 12, // 4 lines ÷ 30 × 90
    });
    expect(result.byDay).toEqual([
      // 03-01: alice copilot + claude_code; 30 + 40 lines added, 10 + 20 deleted, 5 + 3 interactions
      {
        day: '2025-03-01',
        generations: 100,
        acceptances: 60,
        acceptanceRate: 0.6,
        linesAdded: 70,
        linesDeleted: 30,
        interactions: 8,
        activeUsers: 1,
      },
      // 03-02: bob active, carol seen but inactive; 0 acceptances over 40 generations is a rate of 0, not null
      {
        day: '2025-03-02',
        generations: 40,
        acceptances: 0,
        acceptanceRate: 0,
        linesAdded: 0,
        linesDeleted: 0,
        interactions: 2,
        activeUsers: 1,
      },
      {
        day: '2025-03-03',
        generations: 10,
        acceptances: 2,
        acceptanceRate: 0.2,
        linesAdded: 5,
        linesDeleted: 0,
        interactions: 0,
        activeUsers: 1,
      },
    ]);
    expect(result.byUser).toEqual([
      {
        developer: { id: ALICE, displayName: 'Alice A', isService: false },
        label: 'alice-gh', // GitHub login wins over email
        generations: 110,
        acceptances: 62,
        acceptanceRate: 62 / 110, // 110 ≥ 50 generations
        linesAdded: 75,
        linesDeleted: 30,
        interactions: 8,
        daysActive: 2,
      },
      {
        developer: { id: BOB, displayName: 'Bob B', isService: false },
        label: 'bob@example.com', // no login: email
        generations: 40,
        acceptances: 0,
        acceptanceRate: null, // 40 < 50 generations: gated
        linesAdded: 0,
        linesDeleted: 0,
        interactions: 2,
        daysActive: 1,
      },
      {
        developer: { id: CAROL, displayName: 'Carol C', isService: false },
        label: 'Carol C', // no identity: display name
        generations: 0,
        acceptances: 0,
        acceptanceRate: null,
        linesAdded: 0,
        linesDeleted: 0,
        interactions: 0,
        daysActive: 0,
      },
    ]);
    expect(result.byIde).toEqual([
      // vscode: alice 03-01 (100/60, 5 int) + bob (40/0, 2 int); 140 of the 150 attributed generations
      {
        key: 'vscode',
        label: 'VS Code',
        generations: 140,
        acceptances: 60,
        acceptanceRate: 60 / 140,
        share: 140 / 150,
        interactions: 7,
      },
      {
        key: 'jetbrains',
        label: 'JetBrains',
        generations: 10,
        acceptances: 2,
        acceptanceRate: null,
        share: 10 / 150,
        interactions: 0,
      },
    ]);
    expect(result.byFeature).toEqual([
      // code_completion 80 + 10; agent mode 20 + 40. Feature rates are not gated.
      {
        key: 'code_completion',
        label: 'Code Completion',
        generations: 90,
        acceptances: 57,
        acceptanceRate: 57 / 90,
        share: 90 / 150,
        interactions: 0,
      },
      {
        key: 'chat_panel_agent_mode',
        label: 'Chat · Agent',
        generations: 60,
        acceptances: 5,
        acceptanceRate: 5 / 60,
        share: 60 / 150,
        interactions: 7,
      },
    ]);
    expect(result.byLanguage).toEqual([
      // from language × feature, summed over features
      {
        key: 'typescript',
        label: 'typescript',
        generations: 80,
        acceptances: 55,
        acceptanceRate: 55 / 80,
        share: 80 / 150,
        interactions: 0,
      },
      {
        key: 'python',
        label: 'python',
        generations: 60,
        acceptances: 5,
        acceptanceRate: 5 / 60,
        share: 60 / 150,
        interactions: 7,
      },
      {
        key: 'kotlin',
        label: 'kotlin',
        generations: 10,
        acceptances: 2,
        acceptanceRate: null,
        share: 10 / 150,
        interactions: 0,
      },
    ]);
    expect(result.byModel).toEqual([
      // from language × model, summed over languages: gpt-4.1 80 + 10, claude 20 + 40
      {
        key: 'gpt-4.1',
        label: 'gpt-4.1',
        generations: 90,
        acceptances: 57,
        acceptanceRate: 57 / 90,
        share: 90 / 150,
        interactions: 0,
      },
      {
        key: 'claude-sonnet-4.5',
        label: 'claude-sonnet-4.5',
        generations: 60,
        acceptances: 5,
        acceptanceRate: 5 / 60,
        share: 60 / 150,
        interactions: 0,
      },
    ]);
    expect(result.engagement).toEqual([
      { bucket: '1', developers: 1 }, // bob
      { bucket: '2-5', developers: 1 }, // alice
      { bucket: '6-10', developers: 0 },
      { bucket: '11-20', developers: 0 },
      { bucket: '21+', developers: 0 },
    ]);
  });

  it('defaults to the 28 days ending at the last day with data', async () => {
    const result = await metrics(null);
    expect(result.period).toEqual({ from: '2025-02-04', to: '2025-03-03', days: 28 });
    expect(result.kpis.totalGenerations).toBe(180); // the period's 150 + bob's 30 on 02-27
    expect(result.byDay).toHaveLength(28);
    expect(result.byDay[0]).toEqual({
      day: '2025-02-04',
      generations: 0,
      acceptances: 0,
      acceptanceRate: null,
      linesAdded: 0,
      linesDeleted: 0,
      interactions: 0,
      activeUsers: 0,
    });
  });

  it('reports a null rate, zeros and empty lists when nothing matches', async () => {
    const result = await metrics({ from: '2025-04-01', to: '2025-04-01' });
    expect(result.kpis).toEqual({
      totalGenerations: 0,
      totalAcceptances: 0,
      acceptanceRate: null,
      linesAdded: 0,
      linesDeleted: 0,
      netLines: 0,
      interactions: 0,
      activeUsers: 0,
      activeDays: 0,
      estimatedValue: 0,
    });
    expect(result.byDay).toEqual([
      {
        day: '2025-04-01',
        generations: 0,
        acceptances: 0,
        acceptanceRate: null,
        linesAdded: 0,
        linesDeleted: 0,
        interactions: 0,
        activeUsers: 0,
      },
    ]);
    expect([result.byUser, result.byIde, result.byLanguage, result.byFeature, result.byModel]).toEqual([
      [],
      [],
      [],
      [],
      [],
    ]);
    expect(result.engagement.every((bucket) => bucket.developers === 0)).toBe(true);
  });

  describe('filters', () => {
    it('by dates', async () => {
      expect((await kpis({ from: '2025-03-02', to: '2025-03-02' })).totalGenerations).toBe(40); // bob only
    });

    it('by source', async () => {
      // only alice's Claude Code row: 3 interactions make the day active without generations
      expect(await kpis({ ...PERIOD, sources: ['CLAUDE_CODE'] })).toEqual({
        totalGenerations: 0,
        totalAcceptances: 0,
        acceptanceRate: null,
        linesAdded: 30,
        linesDeleted: 20,
        netLines: 10,
        interactions: 3,
        activeUsers: 1,
        activeDays: 1,
        estimatedValue: 150, // 50 lines ÷ 30 × 90
      });
    });

    it('by developer', async () => {
      const result = await kpis({ ...PERIOD, developerIds: [BOB] });
      expect([result.totalGenerations, result.activeUsers, result.activeDays]).toEqual([40, 1, 1]);
    });

    it('by team (current membership)', async () => {
      const result = await kpis({ ...PERIOD, teamIds: [ids.redTeam] });
      expect([result.totalGenerations, result.linesAdded, result.activeUsers]).toEqual([110, 75, 1]); // alice
    });

    it('by IDE: whole developer-days that used it, and the IDE chart lists only it', async () => {
      const result = await metrics({ ...PERIOD, ides: ['JetBrains'] }); // case-insensitive
      expect([result.kpis.totalGenerations, result.kpis.totalAcceptances, result.kpis.activeDays]).toEqual([10, 2, 1]);
      expect(result.byIde.map((entry) => entry.key)).toEqual(['jetbrains']);
      expect(result.byLanguage.map((entry) => entry.key)).toEqual(['kotlin']);
    });

    it('by language: the days that used it count whole', async () => {
      const result = await metrics({ ...PERIOD, languages: ['python'] });
      // alice 03-01 copilot (100 gen, incl. 80 TypeScript) + bob 03-02 (40): whole developer-tool-days
      expect([result.kpis.totalGenerations, result.kpis.linesAdded]).toEqual([140, 40]);
      expect(result.byLanguage).toEqual([
        {
          key: 'python',
          label: 'python',
          generations: 60,
          acceptances: 5,
          acceptanceRate: 5 / 60,
          share: 1,
          interactions: 7,
        },
      ]);
      expect(result.byIde.map((entry) => [entry.key, entry.generations])).toEqual([['vscode', 140]]);
    });

    it('by feature', async () => {
      const result = await metrics({ ...PERIOD, features: ['code_completion'] });
      expect(result.kpis.totalGenerations).toBe(110); // alice's two copilot days
      expect(result.byFeature.map((entry) => [entry.key, entry.generations])).toEqual([['code_completion', 90]]);
    });

    it('by model', async () => {
      const result = await metrics({ ...PERIOD, models: ['claude-sonnet-4.5'] });
      expect(result.kpis.totalGenerations).toBe(140); // alice 03-01 copilot + bob 03-02
      expect(result.byModel.map((entry) => [entry.key, entry.generations])).toEqual([['claude-sonnet-4.5', 60]]);
    });

    it('combines fields with AND and values with OR', async () => {
      expect((await kpis({ ...PERIOD, ides: ['vscode', 'jetbrains'], developerIds: [ALICE] })).totalGenerations).toBe(
        110,
      );
      expect((await kpis({ ...PERIOD, ides: ['jetbrains'], developerIds: [BOB] })).totalGenerations).toBe(0);
    });
  });

  it('refuses bad filters with BAD_USER_INPUT', async () => {
    for (const filter of [
      { from: '2025-03-03', to: '2025-03-01' },
      { developerIds: ['not-an-id'] },
      { from: '2015-01-01', to: '2025-03-03' },
    ]) {
      const response = await app.graphql(KPIS_QUERY, { filter });
      expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    }
    const badScalar = await app.graphql(KPIS_QUERY, { filter: { from: '2025-02-30' } });
    expect(badScalar.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('lets viewer tokens read, and shows another organization only its own data', async () => {
    const asViewer = await metrics(PERIOD, app.orgA.viewerToken);
    expect(asViewer.kpis.totalGenerations).toBe(150);
    const asOrgB = await metrics(PERIOD, app.orgB.viewerToken);
    expect(asOrgB.kpis.totalGenerations).toBe(999);
    expect(asOrgB.byUser.map((user) => user.label)).toEqual(['=mallory']);
    expect(asOrgB.byIde.map((entry) => entry.key)).toEqual(['neovim']);
    const orgBFilteredOnA = await metrics(
      { ...PERIOD, developerIds: [ALICE], teamIds: [ids.redTeam] },
      app.orgB.adminToken,
    );
    expect(orgBFilteredOnA.kpis.totalGenerations).toBe(0);
    expect(orgBFilteredOnA.byUser).toEqual([]);
  });

  it('recomputes cached aggregates as soon as the data changes', async () => {
    const filter = { from: '2025-03-05', to: '2025-03-05' };
    expect((await kpis(filter)).totalGenerations).toBe(0);
    expect((await kpis(filter)).totalGenerations).toBe(0); // served from the cache
    const counters = { generations: 7, acceptances: 1, interactions: 0, linesAdded: 0, linesDeleted: 0 };
    await seedUsage(app.db.database.dataSource, app.orgA.id, [
      { developerId: CAROL, source: 'OTHER', tool: 'cursor', day: '2025-03-05', counters, breakdowns: [] },
    ]);
    expect((await kpis(filter)).totalGenerations).toBe(7);
    await app.db.database.dataSource.query(
      `DELETE FROM daily_developer_metrics WHERE organization_id = $1 AND day = '2025-03-05'`,
      [app.orgA.id],
    );
    expect((await kpis(filter)).totalGenerations).toBe(0);
  });

  it('requires a token', async () => {
    const response = await app.graphql(KPIS_QUERY, {}, null);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('serves the domain definitions with the filter caveats', async () => {
    const response = await app.graphql<{ metricDefinitions: { id: string; caveats: string[]; formula: string }[] }>(
      '{ metricDefinitions { id label formula caveats unit } }',
      {},
      app.orgA.viewerToken,
    );
    const definitions = response.data?.metricDefinitions ?? [];
    expect(definitions.map((definition) => definition.id)).toContain('acceptanceRate');
    const generations = definitions.find((definition) => definition.id === 'totalGenerations');
    expect(generations?.caveats.some((caveat) => caveat.includes('count whole'))).toBe(true);
  });
});
