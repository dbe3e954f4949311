import { startTestApp, type TestApp } from '../../../testing/test-app';
import { seedDevelopers } from '../testing/seed-usage';

/** `developers.label` is kept by triggers (migration 1764091800000); these are the transitions they must follow. */
describe('developers.label (trigger-maintained)', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  const labelOf = async (id: string) => {
    const [row] = (await app.db.database.dataSource.query(`SELECT label FROM developers WHERE id = $1`, [id])) as {
      label: string;
    }[];
    return row?.label;
  };
  const identity = (id: string, kind: string, value: string) =>
    app.db.database.dataSource.query(
      `INSERT INTO developer_identities (organization_id, developer_id, kind, value, raw_value) VALUES ($1, $2, $3, lower($4), $4)`,
      [app.orgA.id, id, kind, value],
    );

  it('is the first GitHub login, else the first email, else the display name, through every change', async () => {
    const dataSource = app.db.database.dataSource;
    const [id, other] = await seedDevelopers(dataSource, app.orgA.id, [
      { displayName: 'Dana Scully' },
      { displayName: 'Fox Mulder', githubLogin: 'FoxM' },
    ]);
    if (!id || !other) throw new Error('no developers');
    expect(await labelOf(id)).toBe('Dana Scully');
    expect(await labelOf(other)).toBe('FoxM');

    await identity(id, 'email', 'Dana@fbi.gov');
    expect(await labelOf(id)).toBe('Dana@fbi.gov');
    await identity(id, 'github_login', 'DScully');
    expect(await labelOf(id)).toBe('DScully');

    // Identities moving to another developer (a merge) relabel both.
    await dataSource.query(
      `UPDATE developer_identities SET developer_id = $2 WHERE developer_id = $1 AND kind = 'github_login'`,
      [id, other],
    );
    expect(await labelOf(id)).toBe('Dana@fbi.gov');
    expect(await labelOf(other)).toBe('FoxM');

    await dataSource.query(`DELETE FROM developer_identities WHERE developer_id = $1`, [id]);
    expect(await labelOf(id)).toBe('Dana Scully');
    await dataSource.query(`UPDATE developers SET display_name = 'D. Scully' WHERE id = $1`, [id]);
    expect(await labelOf(id)).toBe('D. Scully');
  });
});
