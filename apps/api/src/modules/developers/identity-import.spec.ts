import { startTestApp, type TestApp } from '../../testing/test-app';
import { postUpload } from './testing/post-upload';
import { seedDailyRow, seedDeveloper } from './testing/seed-usage';

const UPLOAD = `mutation($file: Upload!) {
  uploadIdentities(file: $file) {
    rowsProcessed rowsErrored errors { line message }
    developersCreated developersMerged identitiesLinked teamsAssigned
  }
}`;
const DEVELOPERS = `query($search: String) {
  developers(search: $search) { id displayName githubLogin email identities { kind value } team { name } }
}`;

interface ImportResult {
  rowsProcessed: number;
  rowsErrored: number;
  errors: { line: number; message: string }[];
  developersCreated: number;
  developersMerged: number;
  identitiesLinked: number;
  teamsAssigned: number;
}
interface DeveloperView {
  id: string;
  displayName: string;
  githubLogin: string | null;
  email: string | null;
  identities: { kind: string; value: string }[];
  team: { name: string } | null;
}

const NO_CHANGES = { developersCreated: 0, developersMerged: 0, identitiesLinked: 0, teamsAssigned: 0 };

describe('uploadIdentities', () => {
  let app: TestApp;
  const upload = async (content: string, name = 'identities.csv', token?: string) =>
    postUpload<{ uploadIdentities: ImportResult }>(app, UPLOAD, { name, content }, token);
  const developers = async (search: string | null = null) =>
    (await app.graphql<{ developers: DeveloperView[] }>(DEVELOPERS, { search })).data?.developers ?? [];
  const sql = <T>(query: string, parameters: unknown[] = []): Promise<T[]> =>
    app.db.database.dataSource.query(query, parameters);

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('links a Copilot developer (login) and a Claude Code developer (email) into one that carries both tools’ rows', async () => {
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    const copilot = await seedDeveloper(ds, org, 'octocat', [
      { kind: 'github_user_id', value: '583231' },
      { kind: 'github_login', value: 'octocat' },
    ]);
    const claude = await seedDeveloper(ds, org, 'mona@example.com', [{ kind: 'email', value: 'mona@example.com' }]);
    await seedDailyRow(
      ds,
      org,
      { developerId: copilot, tool: 'copilot', day: '2025-11-01', source: 'COPILOT' },
      { generations: 10 },
    );
    await seedDailyRow(
      ds,
      org,
      { developerId: claude, tool: 'claude-code', day: '2025-11-01', source: 'CLAUDE_CODE' },
      { sessions: 3 },
    );
    await seedDailyRow(
      ds,
      org,
      { developerId: claude, tool: 'claude-code', day: '2025-11-02', source: 'CLAUDE_CODE' },
      { sessions: 1 },
    );

    const file = 'github_login,email,name,team\r\n@OctoCat, Mona@Example.com ,Mona Lisa,Platform\r\n';
    const response = await upload(file);
    expect(response.errors).toBeUndefined();
    expect(response.data?.uploadIdentities).toEqual({
      rowsProcessed: 1,
      rowsErrored: 0,
      errors: [],
      developersCreated: 0,
      developersMerged: 1,
      identitiesLinked: 0,
      teamsAssigned: 1,
    });

    const [mona, ...others] = await developers('mona');
    expect(others).toEqual([]);
    expect(mona).toMatchObject({
      id: copilot,
      displayName: 'Mona Lisa',
      githubLogin: 'octocat',
      email: 'mona@example.com',
      team: { name: 'Platform' },
    });
    expect(mona?.identities).toEqual(
      expect.arrayContaining([
        { kind: 'GITHUB_USER_ID', value: '583231' },
        { kind: 'GITHUB_LOGIN', value: 'octocat' },
        { kind: 'EMAIL', value: 'mona@example.com' },
      ]),
    );
    const rows = await sql<{ developer_id: string; tool: string; days: string }>(
      `SELECT developer_id, tool, count(*)::text AS days FROM daily_developer_metrics
        WHERE organization_id = $1 GROUP BY developer_id, tool ORDER BY tool`,
      [org],
    );
    expect(rows).toEqual([
      { developer_id: copilot, tool: 'claude-code', days: '2' },
      { developer_id: copilot, tool: 'copilot', days: '1' },
    ]);
    expect(await sql(`SELECT 1 FROM developers WHERE id = $1`, [claude])).toEqual([]);

    // Re-importing the same file changes nothing.
    const again = await upload(file);
    expect(again.data?.uploadIdentities).toMatchObject({ rowsProcessed: 1, rowsErrored: 0, ...NO_CHANGES });
  });

  it('creates developers for unknown people, assigns teams by name (case-insensitive) and replaces a previous team', async () => {
    const file = [
      'github_login,email,team',
      'alice,alice@example.com,Data',
      'bob,,Data',
      ',carol@example.com,',
      'alice,,platform', // "platform" is the team the first test created as "Platform"
    ].join('\n');
    const response = await upload(file);
    expect(response.data?.uploadIdentities).toEqual({
      rowsProcessed: 4,
      rowsErrored: 0,
      errors: [],
      developersCreated: 3,
      developersMerged: 0,
      identitiesLinked: 4,
      teamsAssigned: 3,
    });
    const byName = new Map((await developers()).map((developer) => [developer.displayName, developer]));
    expect(byName.get('alice')).toMatchObject({
      githubLogin: 'alice',
      email: 'alice@example.com',
      team: { name: 'Platform' },
    });
    expect(byName.get('bob')).toMatchObject({ githubLogin: 'bob', email: null, team: { name: 'Data' } });
    expect(byName.get('carol@example.com')).toMatchObject({
      githubLogin: null,
      email: 'carol@example.com',
      team: null,
    });
    const teams = await app.graphql<{ teams: { name: string }[] }>(`{ teams { name } }`);
    expect(teams.data?.teams.map((team) => team.name)).toEqual(['Data', 'Platform']);
    const memberships = await sql<{ teams: string }>(
      `SELECT count(*)::text AS teams FROM team_members m JOIN developer_identities i ON i.developer_id = m.developer_id
        WHERE i.kind = 'github_login' AND i.value = 'alice'`,
    );
    expect(memberships).toEqual([{ teams: '1' }]);
  });

  it('reports bad rows by line, applies the good ones, and writes nothing of a refused row', async () => {
    const file = [
      'github_login,email,name,team', // line 1
      'dave,dave@example.com,Dave,', // 2: applied
      'eve,not-an-email,Eve,', // 3: bad email
      ',,Nobody,', // 4: neither login nor email
      'frank,frank@example.com', // 5: too few fields
      `heidi,heidi@example.com,Heidi,${'x'.repeat(201)}`, // 6: team name too long
      '"ivan","ivan@example.com","Ivan, the first",', // 7: applied (quoted comma)
    ].join('\n');
    const result = (await upload(file)).data?.uploadIdentities;
    expect(result?.errors.map((error) => error.line)).toEqual([3, 4, 5, 6]);
    expect(result?.errors[0]?.message).toContain('not-an-email');
    expect(result).toMatchObject({ rowsProcessed: 2, rowsErrored: 4, developersCreated: 2, identitiesLinked: 4 });
    // Every data row is either applied or reported.
    expect((result?.rowsProcessed ?? 0) + (result?.rowsErrored ?? 0)).toBe(6);
    expect((await developers('ivan'))[0]?.displayName).toBe('Ivan, the first');
    expect(await developers('heidi')).toEqual([]);
    expect(await developers('eve')).toEqual([]);
  });

  it('reports a file without a usable header as a line-1 error', async () => {
    const empty = (await upload('')).data?.uploadIdentities;
    expect(empty).toMatchObject({ rowsProcessed: 0, rowsErrored: 1, errors: [{ line: 1 }] });
    const noIdentityColumn = (await upload('name,team\nZed,Data\n')).data?.uploadIdentities;
    expect(noIdentityColumn).toMatchObject({ rowsProcessed: 0, rowsErrored: 1, errors: [{ line: 1 }] });
  });

  it('refuses a file that is not .csv with BAD_USER_INPUT', async () => {
    const response = await upload('github_login,email\nzed,zed@example.com\n', 'identities.json');
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(await developers('zed')).toEqual([]);
  });

  it('refuses viewers (FORBIDDEN) and writes nothing', async () => {
    const response = await upload(
      'github_login,email\nmallory,mallory@example.com\n',
      'identities.csv',
      app.orgA.viewerToken,
    );
    expect(response.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(await developers('mallory')).toEqual([]);
  });

  it('keeps organizations apart: the same login in org B is a different developer', async () => {
    const response = await upload(
      'github_login,email\nalice,alice@b.example.com\n',
      'identities.csv',
      app.orgB.adminToken,
    );
    expect(response.data?.uploadIdentities).toMatchObject({ developersCreated: 1, developersMerged: 0 });
    expect((await developers('alice')).map((developer) => developer.email)).toEqual(['alice@example.com']);
  });
});
