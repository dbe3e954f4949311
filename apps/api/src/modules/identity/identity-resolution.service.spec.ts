import type { PersonRef } from '@devpulse/domain';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../testing/test-database';
import { OrganizationService } from '../organizations/organization.service';
import { resolvePeople, type ResolvedPeople } from './identity-resolution.service';

function copilotUser(userId: string, login: string): PersonRef {
  return {
    identities: [
      { kind: 'github_user_id', value: userId },
      { kind: 'github_login', value: login },
    ],
    displayName: login,
    isService: false,
  };
}

describe('resolvePeople', () => {
  let db: TestDatabase;
  let dataSource: DataSource;
  let organizationId: string;

  beforeAll(async () => {
    db = await createTestDatabase();
    dataSource = db.database.dataSource;
  });

  afterAll(async () => {
    await db.drop();
  });

  beforeEach(async () => {
    const organization = await new OrganizationService(dataSource).create(`org-${randomUUID().slice(0, 8)}`, 'Org');
    organizationId = organization.id;
  });

  const resolve = (people: readonly PersonRef[]): Promise<ResolvedPeople> =>
    dataSource.transaction((manager) => resolvePeople(manager, organizationId, people));

  async function ownerOf(kind: string, value: string): Promise<string | undefined> {
    const rows: { developer_id: string }[] = await dataSource.query(
      `SELECT developer_id FROM developer_identities WHERE organization_id = $1 AND kind = $2 AND value = $3`,
      [organizationId, kind, value],
    );
    return rows[0]?.developer_id;
  }

  it('resolves a known user id to its developer and adds a renamed login to it', async () => {
    const [first] = (await resolve([copilotUser('100', 'alice')])).developerIds;
    const second = await resolve([copilotUser('100', 'alice-renamed')]);
    expect(second.developerIds).toEqual([first]);
    expect(second.warnings).toEqual([]);
    expect(await ownerOf('github_login', 'alice-renamed')).toBe(first);
  });

  it('gives a recycled login to a new developer when its new holder has another user id', async () => {
    const [original] = (await resolve([copilotUser('100', 'alice')])).developerIds;
    const recycled = await resolve([copilotUser('200', 'Alice')]);
    const [holder] = recycled.developerIds;

    expect(holder).toBeDefined();
    expect(holder).not.toBe(original);
    expect(recycled.createdDevelopers).toBe(1);
    expect(recycled.warnings).toEqual([expect.stringContaining('github_login "alice"')]);
    expect(recycled.warnings[0]).toContain('github_user_id "200"');
    // The login moved; each user id stays with its own developer.
    expect(await ownerOf('github_login', 'alice')).toBe(holder);
    expect(await ownerOf('github_user_id', '100')).toBe(original);
    expect(await ownerOf('github_user_id', '200')).toBe(holder);
    // The original account still resolves by its user id, and does not take the login back.
    const again = await resolve([copilotUser('100', 'alice')]);
    expect(again.developerIds).toEqual([original]);
    expect(again.warnings).toEqual([expect.stringContaining('already belongs to another developer')]);
  });

  it('moves a login recycled within one file to its latest holder', async () => {
    const result = await resolve([copilotUser('300', 'bob'), copilotUser('400', 'bob')]);
    const [first, second] = result.developerIds;
    expect(first).not.toBe(second);
    expect(result.createdDevelopers).toBe(2);
    expect(result.warnings).toHaveLength(1);
    expect(await ownerOf('github_login', 'bob')).toBe(second);
    expect(await ownerOf('github_user_id', '300')).toBe(first);
  });

  it('still attaches a user id to a developer known only by login', async () => {
    const [byLogin] = (
      await resolve([
        { identities: [{ kind: 'github_login', value: 'carol' }], displayName: 'carol', isService: false },
      ])
    ).developerIds;
    const result = await resolve([copilotUser('500', 'carol')]);
    expect(result.developerIds).toEqual([byLogin]);
    expect(result.warnings).toEqual([]);
    expect(await ownerOf('github_user_id', '500')).toBe(byLogin);
  });
});
