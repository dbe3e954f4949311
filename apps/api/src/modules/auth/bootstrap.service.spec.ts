import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { bootstrapAccess } from './bootstrap.service';
import { TokenService } from './token.service';

describe('bootstrapAccess', () => {
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(() => db.drop());

  it('on an empty database creates "default", an admin token, and a one-time login URL', async () => {
    const first = await bootstrapAccess(db.database.dataSource, { bootstrapAdminToken: null, publicUrl: 'http://h:1' });
    const url = first.messages.find((line) => line.includes('/login#token='));
    const secret = url?.split('#token=')[1]?.trim() as string;
    expect(secret).toMatch(/^dp_/);
    const auth = await new TokenService(db.database.dataSource).authenticate(secret);
    expect(auth?.role).toBe('admin');

    const second = await bootstrapAccess(db.database.dataSource, { bootstrapAdminToken: null, publicUrl: 'http://h:1' });
    expect(second.messages).toEqual([]);
    const orgs: { slug: string }[] = await db.database.dataSource.query('SELECT slug FROM organizations');
    expect(orgs).toEqual([{ slug: 'default' }]);
  });

  it('BOOTSTRAP_ADMIN_TOKEN becomes a live admin token of "default", also after a revoke', async () => {
    const config = { bootstrapAdminToken: 'ci-secret-0123456789', publicUrl: 'http://h:1' };
    await bootstrapAccess(db.database.dataSource, config);
    const tokens = new TokenService(db.database.dataSource);
    const auth = await tokens.authenticate('ci-secret-0123456789');
    expect(auth?.role).toBe('admin');
    await tokens.revoke(auth?.organizationId as string, auth?.tokenId as string);
    expect(await tokens.authenticate('ci-secret-0123456789')).toBeNull();

    await bootstrapAccess(db.database.dataSource, config);
    expect((await new TokenService(db.database.dataSource).authenticate('ci-secret-0123456789'))?.role).toBe('admin');
    const count: { n: string }[] = await db.database.dataSource.query('SELECT count(*) AS n FROM api_tokens');
    expect(Number(count[0]?.n)).toBe(1);
  });
});
