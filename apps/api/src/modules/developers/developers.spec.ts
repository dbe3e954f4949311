import type { EntitySubscriberInterface } from 'typeorm';
import { startTestApp, type TestApp } from '../../testing/test-app';
import { createDeveloperLoaders } from './developer.loaders';
import { seedDeveloper } from './testing/seed-usage';

const LIST = `query($search: String, $first: Int) {
  developers(search: $search, first: $first) { id displayName isService githubLogin email identities { kind value } team { id name } }
}`;
const ONE = `query($id: ID!) { developer(id: $id) { id displayName } }`;

interface DeveloperView {
  id: string;
  displayName: string;
  isService: boolean;
  githubLogin: string | null;
  email: string | null;
  identities: { kind: string; value: string }[];
  team: { id: string; name: string } | null;
}

describe('developer queries', () => {
  let app: TestApp;
  const ids: Record<string, string> = {};
  const list = async (variables: { search?: string; first?: number } = {}, token?: string) =>
    app.graphql<{ developers: DeveloperView[] }>(LIST, variables, token);
  const names = async (variables: { search?: string; first?: number } = {}, token?: string) =>
    (await list(variables, token)).data?.developers.map((developer) => developer.displayName);

  beforeAll(async () => {
    app = await startTestApp();
    const ds = app.db.database.dataSource;
    const org = app.orgA.id;
    ids['zoe'] = await seedDeveloper(ds, org, 'Zoe', [{ kind: 'github_login', value: 'zoe' }]);
    ids['adam'] = await seedDeveloper(ds, org, 'adam', [{ kind: 'email', value: 'adam@example.com' }]);
    ids['bob'] = await seedDeveloper(ds, org, 'Bob Builder', [
      { kind: 'github_login', value: 'bobb' },
      { kind: 'email', value: 'bob@example.com' },
    ]);
    ids['bot'] = await seedDeveloper(ds, org, 'ci-bot', [{ kind: 'api_key', value: 'ci-bot' }], true);
    ids['other'] = await seedDeveloper(ds, app.orgB.id, 'Adam of B', [{ kind: 'email', value: 'adam@example.com' }]);
    const [team] = await ds.query(`INSERT INTO teams (organization_id, name) VALUES ($1, 'Platform') RETURNING id`, [
      org,
    ]);
    await ds.query(`INSERT INTO team_members (organization_id, team_id, developer_id) VALUES ($1, $2, $3)`, [
      org,
      team.id,
      ids['bob'],
    ]);
  });
  afterAll(() => app.close());

  it('lists the organization’s developers by display name (case-insensitive) with identities and team', async () => {
    const response = await list();
    expect(response.errors).toBeUndefined();
    expect(response.data?.developers.map((developer) => developer.displayName)).toEqual([
      'adam',
      'Bob Builder',
      'ci-bot',
      'Zoe',
    ]);
    const bob = response.data?.developers.find((developer) => developer.id === ids['bob']);
    expect(bob).toMatchObject({
      githubLogin: 'bobb',
      email: 'bob@example.com',
      isService: false,
      team: { name: 'Platform' },
    });
    expect(bob?.identities).toEqual([
      { kind: 'EMAIL', value: 'bob@example.com' },
      { kind: 'GITHUB_LOGIN', value: 'bobb' },
    ]);
    expect(response.data?.developers.find((developer) => developer.id === ids['bot'])).toMatchObject({
      isService: true,
      identities: [{ kind: 'API_KEY', value: 'ci-bot' }],
      team: null,
    });
  });

  it('searches display names and identity values case-insensitively, with LIKE wildcards taken literally', async () => {
    expect(await names({ search: 'BUILD' })).toEqual(['Bob Builder']);
    expect(await names({ search: 'ADAM@EXAMPLE' })).toEqual(['adam']);
    expect(await names({ search: 'bobb' })).toEqual(['Bob Builder']);
    expect(await names({ search: '%' })).toEqual([]);
    expect(await names({ search: '_' })).toEqual([]);
    expect(await names({ search: '  ' })).toHaveLength(4);
  });

  it('keeps organizations apart: B sees only its own developers, and A cannot read B’s by id', async () => {
    expect(await names({}, app.orgB.viewerToken)).toEqual(['Adam of B']);
    expect(await names({ search: 'adam' }, app.orgB.adminToken)).toEqual(['Adam of B']);
    expect((await app.graphql(ONE, { id: ids['other'] })).data).toEqual({ developer: null });
    expect((await app.graphql(ONE, { id: ids['zoe'] }, app.orgA.viewerToken)).data).toEqual({
      developer: { id: ids['zoe'], displayName: 'Zoe' },
    });
    expect((await app.graphql(ONE, { id: 'not-a-uuid' })).data).toEqual({ developer: null });
  });

  it('lists teams', async () => {
    const response = await app.graphql<{ teams: { name: string }[] }>(`{ teams { name } }`);
    expect(response.data?.teams).toEqual([{ name: 'Platform' }]);
    expect(
      (await app.graphql<{ teams: unknown[] }>(`{ teams { name } }`, undefined, app.orgB.adminToken)).data?.teams,
    ).toEqual([]);
  });

  it('loads identities and teams with one query per list, however many developers (DataLoader)', async () => {
    const queries: string[] = [];
    const recorder: EntitySubscriberInterface = { beforeQuery: (event) => void queries.push(event.query) };
    const ds = app.db.database.dataSource;
    const countFor = async () => {
      queries.length = 0;
      ds.subscribers.push(recorder);
      try {
        expect((await list()).errors).toBeUndefined();
      } finally {
        ds.subscribers.splice(ds.subscribers.indexOf(recorder), 1);
      }
      // The list query mentions developer_identities too (search), so it is told apart by its FROM developers.
      const fieldQueries = queries.filter((query) => !/FROM developers d/.test(query));
      return {
        lists: queries.length - fieldQueries.length,
        identities: fieldQueries.filter((query) => /FROM developer_identities/.test(query)).length,
        teams: fieldQueries.filter((query) => /FROM team_members/.test(query)).length,
      };
    };
    expect(await countFor()).toEqual({ lists: 1, identities: 1, teams: 1 });
    for (let index = 0; index < 20; index += 1) {
      await seedDeveloper(ds, app.orgA.id, `Extra ${index}`, [{ kind: 'github_login', value: `extra-${index}` }]);
    }
    expect(await countFor()).toEqual({ lists: 1, identities: 1, teams: 1 });
  });

  it('batches loads of one tick into one query and keeps them in key order', async () => {
    const ds = app.db.database.dataSource;
    const query = jest.spyOn(ds, 'query');
    try {
      const loaders = createDeveloperLoaders(ds, app.orgA.id);
      const keys = [ids['zoe'], ids['bob'], ids['other'], ids['adam']] as string[];
      const identities = await Promise.all(keys.map((id) => loaders.identities.load(id)));
      expect(query).toHaveBeenCalledTimes(1);
      expect(identities.map((list) => list.map((identity) => identity.value))).toEqual([
        ['zoe'],
        ['bob@example.com', 'bobb'],
        [], // org B's developer: the loader is scoped to org A
        ['adam@example.com'],
      ]);
    } finally {
      query.mockRestore();
    }
  });

  it('defaults first to 50, caps it at 500, and refuses less than 1', async () => {
    const ds = app.db.database.dataSource;
    await ds.query(
      `INSERT INTO developers (organization_id, display_name) SELECT $1, 'Bulk ' || lpad(n::text, 3, '0') FROM generate_series(1, 520) n`,
      [app.orgA.id],
    );
    expect(await names()).toHaveLength(50);
    expect(await names({ first: 3 })).toEqual(['adam', 'Bob Builder', 'Bulk 001']);
    expect(await names({ first: 10_000 })).toHaveLength(500);
    expect((await list({ first: 0 })).errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
