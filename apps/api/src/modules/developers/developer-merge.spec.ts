import fc from 'fast-check';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { DeveloperMergeService } from './developer-merge.service';
import { seedBreakdownRow, seedDailyRow, seedDeveloper } from './testing/seed-usage';

const MERGE = `mutation($intoId: ID!, $fromId: ID!) {
  mergeDevelopers(intoId: $intoId, fromId: $fromId) { id displayName identities { kind value } team { name } }
}`;
const LINK = `mutation($developerId: ID!, $kind: IdentityKind!, $value: String!) {
  linkIdentity(developerId: $developerId, kind: $kind, value: $value) { id githubLogin email identities { kind value } }
}`;

/** The columns the merge rule covers, read back as text so numeric and bigint compare exactly. */
const DAILY_SNAPSHOT = `
  SELECT tool, to_char(day, 'YYYY-MM-DD') AS day, generations, acceptances, lines_added, sessions,
         tokens_input::text, cost_cents::text, ai_credits::text, active_minutes, used_agent, used_chat
    FROM daily_developer_metrics WHERE organization_id = $1 AND developer_id = $2 ORDER BY tool, day`;
const BREAKDOWN_SNAPSHOT = `
  SELECT tool, to_char(day, 'YYYY-MM-DD') AS day, dimension, key, generations, acceptances, interactions
    FROM daily_metric_breakdowns WHERE organization_id = $1 AND developer_id = $2 ORDER BY tool, day, dimension, key`;

// One server and database for the file: PGlite start-up and migrations dominate the run time.
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(() => app.close());

describe('merging developers', () => {
  const sql = <T>(query: string, parameters: unknown[] = []): Promise<T[]> =>
    app.db.database.dataSource.query(query, parameters);
  const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['code'];

  /** `from`'s usage: one (tool, day) overlapping `into`, one of its own, with breakdowns of both kinds. */
  async function seedFrom(name: string, email: string): Promise<string> {
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    const from = await seedDeveloper(ds, org, name, [{ kind: 'email', value: email }]);
    const overlap = { developerId: from, tool: 'copilot', day: '2025-11-01', source: 'COPILOT' } as const;
    await seedDailyRow(ds, org, overlap, {
      generations: 7,
      acceptances: 6,
      lines_added: 120,
      ai_credits: 1.5,
      active_minutes: null,
      used_agent: true,
      used_chat: false,
    });
    await seedBreakdownRow(
      ds,
      org,
      { ...overlap, dimension: 'ide', key: 'vscode' },
      { generations: 7, acceptances: 1 },
    );
    await seedBreakdownRow(
      ds,
      org,
      { ...overlap, dimension: 'ide', key: 'jetbrains' },
      { generations: 3, acceptances: 3 },
    );
    const own = { developerId: from, tool: 'claude-code', day: '2025-11-01', source: 'CLAUDE_CODE' } as const;
    await seedDailyRow(ds, org, own, { sessions: 2, tokens_input: 1000, cost_cents: 12.5 });
    await seedBreakdownRow(ds, org, { ...own, dimension: 'model', key: 'claude-sonnet' }, { interactions: 4 });
    return from;
  }

  it('merges overlapping (tool, day) rows and breakdowns by the max rule, moves the rest, and is idempotent', async () => {
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    const into = await seedDeveloper(ds, org, 'Mona', [{ kind: 'github_login', value: 'mona' }]);
    const overlap = { developerId: into, tool: 'copilot', day: '2025-11-01', source: 'COPILOT' } as const;
    await seedDailyRow(ds, org, overlap, {
      generations: 10,
      acceptances: 4,
      lines_added: 100,
      ai_credits: null,
      active_minutes: 30,
      used_agent: false,
      used_chat: true,
    });
    await seedBreakdownRow(
      ds,
      org,
      { ...overlap, dimension: 'ide', key: 'vscode' },
      { generations: 6, acceptances: 2 },
    );
    await seedBreakdownRow(
      ds,
      org,
      { ...overlap, dimension: 'language', key: 'typescript' },
      { generations: 4, acceptances: 2 },
    );
    await seedDailyRow(
      ds,
      org,
      { developerId: into, tool: 'copilot', day: '2025-11-02', source: 'COPILOT' },
      { generations: 5 },
    );
    const from = await seedFrom('mona (claude)', 'mona@example.com');

    const response = await app.graphql<{
      mergeDevelopers: { id: string; identities: { kind: string; value: string }[] };
    }>(MERGE, {
      intoId: into,
      fromId: from,
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.mergeDevelopers.id).toBe(into);
    expect(response.data?.mergeDevelopers.identities).toEqual([
      { kind: 'EMAIL', value: 'mona@example.com' },
      { kind: 'GITHUB_LOGIN', value: 'mona' },
    ]);

    // Hand-computed: per counter the larger value, NULL only where both are NULL, flags OR.
    const expectedDaily = [
      {
        tool: 'claude-code',
        day: '2025-11-01',
        generations: 0,
        acceptances: 0,
        lines_added: 0,
        sessions: 2,
        tokens_input: '1000',
        cost_cents: '12.5000',
        ai_credits: null,
        active_minutes: null,
        used_agent: false,
        used_chat: false,
      },
      {
        tool: 'copilot',
        day: '2025-11-01',
        generations: 10,
        acceptances: 6,
        lines_added: 120,
        sessions: 0,
        tokens_input: '0',
        cost_cents: '0.0000',
        ai_credits: '1.5000',
        active_minutes: 30,
        used_agent: true,
        used_chat: true,
      },
      {
        tool: 'copilot',
        day: '2025-11-02',
        generations: 5,
        acceptances: 0,
        lines_added: 0,
        sessions: 0,
        tokens_input: '0',
        cost_cents: '0.0000',
        ai_credits: null,
        active_minutes: null,
        used_agent: false,
        used_chat: false,
      },
    ];
    const expectedBreakdowns = [
      {
        tool: 'claude-code',
        day: '2025-11-01',
        dimension: 'model',
        key: 'claude-sonnet',
        generations: 0,
        acceptances: 0,
        interactions: 4,
      },
      {
        tool: 'copilot',
        day: '2025-11-01',
        dimension: 'ide',
        key: 'jetbrains',
        generations: 3,
        acceptances: 3,
        interactions: 0,
      },
      {
        tool: 'copilot',
        day: '2025-11-01',
        dimension: 'ide',
        key: 'vscode',
        generations: 7,
        acceptances: 2,
        interactions: 0,
      },
      {
        tool: 'copilot',
        day: '2025-11-01',
        dimension: 'language',
        key: 'typescript',
        generations: 4,
        acceptances: 2,
        interactions: 0,
      },
    ];
    expect(await sql(DAILY_SNAPSHOT, [org, into])).toEqual(expectedDaily);
    expect(await sql(BREAKDOWN_SNAPSHOT, [org, into])).toEqual(expectedBreakdowns);
    expect(
      await sql(
        `SELECT 1 FROM daily_developer_metrics WHERE developer_id = $1 UNION ALL SELECT 1 FROM developers WHERE id = $1`,
        [from],
      ),
    ).toEqual([]);
    const [totals] = await sql<{ generations: string }>(
      `SELECT sum(generations)::text AS generations FROM daily_developer_metrics WHERE organization_id = $1 AND developer_id = $2`,
      [org, into],
    );
    expect(totals?.generations).toBe('15'); // max(10, 7) + 5 + 0

    // The same usage arriving again through another duplicate changes nothing.
    const duplicate = await seedFrom('mona again', 'mona.again@example.com');
    expect((await app.graphql(MERGE, { intoId: into, fromId: duplicate })).errors).toBeUndefined();
    expect(await sql(DAILY_SNAPSHOT, [org, into])).toEqual(expectedDaily);
    expect(await sql(BREAKDOWN_SNAPSHOT, [org, into])).toEqual(expectedBreakdowns);
  });

  it('gives `into` the team of `from` only when it has none', async () => {
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    const [data, web] = await sql<{ id: string }>(
      `INSERT INTO teams (organization_id, name) VALUES ($1, 'Data'), ($1, 'Web') RETURNING id`,
      [org],
    );
    const join = (team: string | undefined, developer: string) =>
      sql(`INSERT INTO team_members (organization_id, team_id, developer_id) VALUES ($1, $2, $3)`, [
        org,
        team,
        developer,
      ]);
    const lone = await seedDeveloper(ds, org, 'Lone', []);
    const inData = await seedDeveloper(ds, org, 'In Data', []);
    await join(data?.id, inData);
    const merged = await app.graphql<{ mergeDevelopers: { team: { name: string } | null } }>(MERGE, {
      intoId: lone,
      fromId: inData,
    });
    expect(merged.data?.mergeDevelopers.team).toEqual({ name: 'Data' });

    const inWeb = await seedDeveloper(ds, org, 'In Web', []);
    await join(web?.id, inWeb);
    const kept = await app.graphql<{ mergeDevelopers: { team: { name: string } | null } }>(MERGE, {
      intoId: lone,
      fromId: inWeb,
    });
    expect(kept.data?.mergeDevelopers.team).toEqual({ name: 'Data' });
    expect(await sql(`SELECT 1 FROM team_members WHERE developer_id = $1`, [inWeb])).toEqual([]);
  });

  it('refuses bad merges: another organization’s id, the same id, a malformed id, a service with a person, a viewer', async () => {
    const ds = app.db.database.dataSource;
    const person = await seedDeveloper(ds, app.orgA.id, 'Person', []);
    const service = await seedDeveloper(ds, app.orgA.id, 'ci-bot', [{ kind: 'api_key', value: 'ci-bot' }], true);
    const inOrgB = await seedDeveloper(ds, app.orgB.id, 'B person', []);

    expect(code(await app.graphql(MERGE, { intoId: person, fromId: inOrgB }))).toBe('NOT_FOUND');
    expect(code(await app.graphql(MERGE, { intoId: inOrgB, fromId: person }))).toBe('NOT_FOUND');
    expect(code(await app.graphql(MERGE, { intoId: person, fromId: person }))).toBe('BAD_USER_INPUT');
    expect(code(await app.graphql(MERGE, { intoId: person, fromId: 'not-a-uuid' }))).toBe('NOT_FOUND');
    expect(code(await app.graphql(MERGE, { intoId: person, fromId: service }))).toBe('BAD_USER_INPUT');
    expect(code(await app.graphql(MERGE, { intoId: person, fromId: service }, app.orgA.viewerToken))).toBe('FORBIDDEN');
    const survivors = await sql(`SELECT id FROM developers WHERE id IN ($1, $2, $3)`, [person, service, inOrgB]);
    expect(survivors).toHaveLength(3);
  });

  it('property: after a merge every (tool, day) holds the per-counter max of both, and merging the same rows again changes nothing', async () => {
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    const merger = new DeveloperMergeService();
    const tools = ['copilot', 'claude-code'];
    const days = ['2025-11-01', '2025-11-02', '2025-11-03'];
    const counters = fc.record({
      generations: fc.nat(1000),
      sessions: fc.nat(50),
      ai_credits: fc.option(fc.nat(100), { nil: null }),
    });
    const usage = fc.array(fc.tuple(fc.constantFrom(...tools), fc.constantFrom(...days), counters), { maxLength: 6 });
    const keyOf = (tool: string, day: string) => `${tool}/${day}`;
    type Counters = { generations: number; sessions: number; ai_credits: number | null };
    const dedupe = (rows: [string, string, Counters][]) =>
      new Map(rows.map(([tool, day, values]) => [keyOf(tool, day), values]));

    await fc.assert(
      fc.asyncProperty(usage, usage, async (intoRows, fromRows) => {
        const seed = async (name: string, rows: Map<string, Counters>) => {
          const id = await seedDeveloper(ds, org, name, []);
          for (const [key, values] of rows) {
            const [tool = '', day = ''] = key.split('/');
            await seedDailyRow(ds, org, { developerId: id, tool, day, source: 'OTHER' }, values);
          }
          return id;
        };
        const intoUsage = dedupe(intoRows);
        const fromUsage = dedupe(fromRows);
        const into = await seed('prop into', intoUsage);
        const mergeCopyOfFrom = async () => {
          const from = await seed('prop from', fromUsage);
          await ds.transaction((manager) => merger.merge(manager, org, into, from));
        };
        await mergeCopyOfFrom();

        const expected = new Map(intoUsage);
        for (const [key, values] of fromUsage) {
          const stored = expected.get(key);
          const maxNullable = (a: number | null, b: number | null) =>
            a === null ? b : b === null ? a : Math.max(a, b);
          expected.set(
            key,
            stored === undefined
              ? values
              : {
                  generations: Math.max(stored.generations, values.generations),
                  sessions: Math.max(stored.sessions, values.sessions),
                  ai_credits: maxNullable(stored.ai_credits, values.ai_credits),
                },
          );
        }
        const read = async () =>
          new Map(
            (
              await sql<{
                tool: string;
                day: string;
                generations: number;
                sessions: number;
                ai_credits: string | null;
              }>(
                `SELECT tool, to_char(day, 'YYYY-MM-DD') AS day, generations, sessions, ai_credits::text
                   FROM daily_developer_metrics WHERE organization_id = $1 AND developer_id = $2`,
                [org, into],
              )
            ).map((row) => [
              keyOf(row.tool, row.day),
              {
                generations: row.generations,
                sessions: row.sessions,
                ai_credits: row.ai_credits === null ? null : Number(row.ai_credits),
              },
            ]),
          );
        const afterFirst = await read();
        expect(afterFirst).toEqual(expected);
        await mergeCopyOfFrom();
        expect(await read()).toEqual(afterFirst);
        await sql(`DELETE FROM developers WHERE id = $1`, [into]);
      }),
      { numRuns: 20 },
    );
  });
});

describe('linkIdentity', () => {
  const code = (response: { errors?: { extensions?: Record<string, unknown> }[] }) =>
    response.errors?.[0]?.extensions?.['code'];
  type Linked = {
    linkIdentity: {
      id: string;
      githubLogin: string | null;
      email: string | null;
      identities: { kind: string; value: string }[];
    };
  };

  it('attaches a new identity, normalized', async () => {
    const developer = await seedDeveloper(app.db.database.dataSource, app.orgA.id, 'Linus', [
      { kind: 'github_login', value: 'linus' },
    ]);
    const response = await app.graphql<Linked>(LINK, {
      developerId: developer,
      kind: 'EMAIL',
      value: '  Linus@Example.COM ',
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.linkIdentity).toMatchObject({
      id: developer,
      githubLogin: 'linus',
      email: 'linus@example.com',
    });
    const [stored] = await app.db.database.dataSource.query(
      `SELECT value, raw_value FROM developer_identities WHERE kind = 'email' AND developer_id = $1`,
      [developer],
    );
    expect(stored).toEqual({ value: 'linus@example.com', raw_value: 'Linus@Example.COM' });
    // Linking what it already has is a no-op.
    const again = await app.graphql<Linked>(LINK, {
      developerId: developer,
      kind: 'EMAIL',
      value: 'linus@example.com',
    });
    expect(again.data?.linkIdentity.identities).toHaveLength(2);
  });

  it('merges the developer that owned the identity into this one, usage included', async () => {
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    const copilot = await seedDeveloper(ds, org, 'Grace', [{ kind: 'github_login', value: 'grace' }]);
    const claude = await seedDeveloper(ds, org, 'grace@example.com', [{ kind: 'email', value: 'grace@example.com' }]);
    await seedDailyRow(
      ds,
      org,
      { developerId: claude, tool: 'claude-code', day: '2025-12-03', source: 'CLAUDE_CODE' },
      { sessions: 4 },
    );
    const response = await app.graphql<Linked>(LINK, {
      developerId: copilot,
      kind: 'EMAIL',
      value: 'GRACE@example.com',
    });
    expect(response.data?.linkIdentity).toMatchObject({
      id: copilot,
      githubLogin: 'grace',
      email: 'grace@example.com',
    });
    expect(
      await ds.query(
        `SELECT developer_id, sessions FROM daily_developer_metrics WHERE tool = 'claude-code' AND day = '2025-12-03'`,
      ),
    ).toEqual([{ developer_id: copilot, sessions: 4 }]);
    expect(await ds.query(`SELECT 1 FROM developers WHERE id = $1`, [claude])).toEqual([]);
  });

  it('refuses API keys on people, malformed values, unknown or foreign developers, and viewers', async () => {
    const ds = app.db.database.dataSource;
    const person = await seedDeveloper(ds, app.orgA.id, 'Ada', []);
    const inOrgB = await seedDeveloper(ds, app.orgB.id, 'B', []);
    expect(code(await app.graphql(LINK, { developerId: person, kind: 'API_KEY', value: 'ci-key' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await app.graphql(LINK, { developerId: person, kind: 'EMAIL', value: 'not an email' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await app.graphql(LINK, { developerId: person, kind: 'GITHUB_USER_ID', value: 'abc' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await app.graphql(LINK, { developerId: person, kind: 'GITHUB_LOGIN', value: '   ' }))).toBe(
      'BAD_USER_INPUT',
    );
    expect(code(await app.graphql(LINK, { developerId: inOrgB, kind: 'GITHUB_LOGIN', value: 'ada' }))).toBe(
      'NOT_FOUND',
    );
    expect(code(await app.graphql(LINK, { developerId: 'nope', kind: 'GITHUB_LOGIN', value: 'ada' }))).toBe(
      'NOT_FOUND',
    );
    expect(
      code(await app.graphql(LINK, { developerId: person, kind: 'GITHUB_LOGIN', value: 'ada' }, app.orgA.viewerToken)),
    ).toBe('FORBIDDEN');
    expect(
      await ds.query(`SELECT kind FROM developer_identities WHERE developer_id IN ($1, $2)`, [person, inOrgB]),
    ).toEqual([]);
  });

  it('does not reach into another organization: an identity org B owns is a new one in org A', async () => {
    const ds = app.db.database.dataSource;
    const inOrgB = await seedDeveloper(ds, app.orgB.id, 'Shared B', [{ kind: 'github_login', value: 'shared' }]);
    const inOrgA = await seedDeveloper(ds, app.orgA.id, 'Shared A', []);
    const response = await app.graphql<Linked>(LINK, { developerId: inOrgA, kind: 'GITHUB_LOGIN', value: 'Shared' });
    expect(response.data?.linkIdentity.githubLogin).toBe('shared');
    expect(
      await ds.query(`SELECT developer_id FROM developer_identities WHERE organization_id = $1`, [app.orgB.id]),
    ).toEqual([{ developer_id: inOrgB }]);
  });
});
