import { startTestApp, type TestApp } from '../../testing/test-app';

const ME = `{ me { role tokenName organization { slug } } }`;
const TOKENS = `{ apiTokens { id name role revokedAt } }`;
const CREATE = `mutation($name: String!, $role: Role!) { createApiToken(name: $name, role: $role) { token apiToken { id name role } } }`;
const REVOKE = `mutation($id: ID!) { revokeApiToken(id: $id) { id revokedAt } }`;

describe('access control', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('refuses a request without a token with UNAUTHENTICATED (401)', async () => {
    const response = await app.graphql('{ __typename }', undefined, null);
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(response.data).toBeUndefined();
  });

  it('refuses a wrong token with UNAUTHENTICATED', async () => {
    const response = await app.graphql('{ __typename }', undefined, 'dp_not-a-real-token');
    expect(response.status).toBe(401);
    expect(response.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('answers a valid token with its organization and role', async () => {
    const admin = await app.graphql(ME);
    expect(admin.data).toEqual({ me: { role: 'ADMIN', tokenName: 'test admin', organization: { slug: 'org-a' } } });
    const viewer = await app.graphql(ME, undefined, app.orgA.viewerToken);
    expect(viewer.data).toEqual({ me: { role: 'VIEWER', tokenName: 'test viewer', organization: { slug: 'org-a' } } });
  });

  it('lets a viewer read but not mutate (FORBIDDEN), and writes nothing', async () => {
    const read = await app.graphql<{ apiTokens: unknown[] }>(TOKENS, undefined, app.orgA.viewerToken);
    expect(read.errors).toBeUndefined();
    expect(read.data?.apiTokens).toHaveLength(2);

    const write = await app.graphql(CREATE, { name: 'sneaky', role: 'ADMIN' }, app.orgA.viewerToken);
    expect(write.status).toBe(403);
    expect(write.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const after = await app.graphql<{ apiTokens: { name: string }[] }>(TOKENS);
    expect(after.data?.apiTokens.map((t) => t.name)).not.toContain('sneaky');
  });

  it('creates a token that works at once, stores only its hash, and revokes it', async () => {
    const created = await app.graphql<{ createApiToken: { token: string; apiToken: { id: string; role: string } } }>(CREATE, {
      name: 'ci',
      role: 'VIEWER',
    });
    const secret = created.data?.createApiToken.token as string;
    expect(secret).toMatch(/^dp_[A-Za-z0-9_-]{43}$/); // 32 random bytes, base64url
    expect(created.data?.createApiToken.apiToken.role).toBe('VIEWER');

    const stored: { token_hash: string }[] = await app.db.database.dataSource.query(
      `SELECT token_hash FROM api_tokens WHERE name = 'ci'`,
    );
    expect(stored).toHaveLength(1);
    expect(stored[0]?.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(JSON.stringify(await app.db.database.dataSource.query(`SELECT * FROM api_tokens`))).not.toContain(secret);

    expect((await app.graphql(ME, undefined, secret)).data).toBeDefined();
    const revoked = await app.graphql<{ revokeApiToken: { revokedAt: string | null } }>(REVOKE, {
      id: created.data?.createApiToken.apiToken.id,
    });
    expect(revoked.data?.revokeApiToken.revokedAt).not.toBeNull();
    const after = await app.graphql(ME, undefined, secret);
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
  });

  it('keeps organizations apart: A sees none of B, and cannot revoke B’s tokens', async () => {
    const tokensOfA = await app.graphql<{ apiTokens: { id: string }[] }>(TOKENS);
    const tokensOfB = await app.graphql<{ apiTokens: { id: string }[] }>(TOKENS, undefined, app.orgB.adminToken);
    const idsOfA = new Set(tokensOfA.data?.apiTokens.map((t) => t.id));
    const idsOfB = tokensOfB.data?.apiTokens.map((t) => t.id) ?? [];
    expect(idsOfB.length).toBeGreaterThan(0);
    expect(idsOfB.filter((id) => idsOfA.has(id))).toEqual([]);

    const attack = await app.graphql(REVOKE, { id: idsOfB[0] });
    expect(attack.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const stillLive = await app.graphql(ME, undefined, app.orgB.adminToken);
    expect(stillLive.data).toBeDefined();
  });

  it('rejects bad input with BAD_USER_INPUT', async () => {
    const response = await app.graphql(CREATE, { name: '   ', role: 'VIEWER' });
    expect(response.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
