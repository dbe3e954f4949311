import { startTestApp, type TestApp } from '../../testing/test-app';
import { INSIGHTS_QUERY } from '../metrics/testing/metrics-documents';
import { loadSmallFixture } from '../metrics/testing/small-fixture';

interface InsightResult {
  kind: string;
  severity: string;
  title: string;
  detail: string;
  items: { label: string; value: string }[];
}

describe('insights on the small fixture (hand-computed)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
    await loadSmallFixture(app.db.database.dataSource, app.orgA.id, app.orgB.id);
  });
  afterAll(() => app.close());

  const insights = async (filter: Record<string, unknown>, token?: string): Promise<InsightResult[]> => {
    const response = await app.graphql<{ insights: InsightResult[] }>(INSIGHTS_QUERY, { filter }, token);
    expect(response.errors).toBeUndefined();
    return response.data?.insights ?? [];
  };

  it('says what the period has to say, with default thresholds', async () => {
    expect(await insights({ from: '2025-03-01', to: '2025-03-03' })).toEqual([
      {
        // 3 developers in the period × 10% = 0.3 → at least 1 listed; alice has the most generations (110)
        kind: 'POWER_USERS',
        severity: 'INFO',
        title: 'Power users',
        detail: 'The top 10% of 3 developers by generations.',
        items: [{ label: 'alice-gh', value: '110 generations' }],
      },
      // no HIGH_ACCEPTANCE: alice 62/110 = 56% < 70%, bob below 50 generations
      {
        kind: 'TOP_LINES_ADDED', // bob and carol added no lines, so only alice is listed
        severity: 'INFO',
        title: 'Most lines added',
        detail: 'Developers whose AI tools added the most lines in the period.',
        items: [{ label: 'alice-gh', value: '75 lines' }],
      },
      // no QUOTA_EXCEEDED (nobody over 500 in a day), no TREND (3 days < 14)
      {
        kind: 'ZERO_ACCEPTANCE', // bob on 03-02: 40 generations, 0 acceptances
        severity: 'INFO',
        title: '1 developer-day with generations but no acceptances',
        detail: expect.stringContaining('agent') as unknown as string,
        items: [],
      },
    ]);
  });

  it('reads thresholds from organization settings, and the trend over 14 days', async () => {
    await app.db.database.dataSource.query(
      `UPDATE organizations SET settings = '{"insightThresholds": {"quotaGenerations": 50, "powerUserMax": "x"}}' WHERE id = $1`,
      [app.orgA.id],
    );
    try {
      const result = await insights({ from: '2025-02-18', to: '2025-03-03' });
      const quota = result.find((insight) => insight.kind === 'QUOTA_EXCEEDED');
      // only alice's 100 generations on 03-01 are over 50
      expect(quota?.items).toEqual([{ label: 'alice-gh on 2025-03-01 (100)', value: '100 generations' }]);
      expect(quota?.title).toBe('Over 50 generations in a day');
      // last 7 days (02-25..03-03): 150 + bob's 30 = 180; the 7 before: none
      const trend = result.find((insight) => insight.kind === 'TREND');
      expect(trend?.severity).toBe('SUCCESS');
      expect(trend?.items).toEqual([
        { label: 'Last 7 days', value: '180 generations' },
        { label: 'Previous 7 days', value: '0 generations' },
      ]);
    } finally {
      await app.db.database.dataSource.query(`UPDATE organizations SET settings = '{}' WHERE id = $1`, [app.orgA.id]);
    }
  });

  it('says nothing about an empty period, and shows organization B only its own people', async () => {
    expect(await insights({ from: '2025-04-01', to: '2025-04-02' })).toEqual([]);
    const orgB = await insights({ from: '2025-03-01', to: '2025-03-03' }, app.orgB.viewerToken);
    const labels = orgB.flatMap((insight) => insight.items.map((item) => item.label));
    expect(labels).toContain('=mallory');
    expect(labels.some((label) => label.includes('alice') || label.includes('bob'))).toBe(false);
  });
});
