import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * `developers.label`: how insights, tables and exports name a developer — the first GitHub login recorded, else
 * the first email, else the display name (`developerLabelSql`). Computing it per developer on every read cost
 * two identity lookups each (measured: 50–140 ms for the 10,000 developers of the benchmark organization), so
 * PostgreSQL keeps it current instead: a row trigger on `developers` derives it from the identities, and a
 * statement trigger on `developer_identities` re-derives it for every developer whose identities changed.
 */
export class DeveloperLabels1764091800000 implements MigrationInterface {
  name = 'DeveloperLabels1764091800000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE developers ADD COLUMN label text NOT NULL DEFAULT ''`);
    await q.query(`
      CREATE FUNCTION developer_label(organization uuid, developer uuid, display_name text) RETURNS text
      LANGUAGE sql STABLE AS $$
        SELECT coalesce(
          (SELECT i.raw_value FROM developer_identities i WHERE i.organization_id = organization
             AND i.developer_id = developer AND i.kind = 'github_login' ORDER BY i.created_at, i.value LIMIT 1),
          (SELECT i.raw_value FROM developer_identities i WHERE i.organization_id = organization
             AND i.developer_id = developer AND i.kind = 'email' ORDER BY i.created_at, i.value LIMIT 1),
          display_name)
      $$`);
    await q.query(`
      CREATE FUNCTION set_developer_label() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        NEW.label := developer_label(NEW.organization_id, NEW.id, NEW.display_name);
        RETURN NEW;
      END $$`);
    await q.query(`
      CREATE TRIGGER developers_label BEFORE INSERT OR UPDATE ON developers
      FOR EACH ROW EXECUTE FUNCTION set_developer_label()`);
    const events = [
      ['insert', 'INSERT', 'NEW TABLE AS new_rows', 'SELECT organization_id, developer_id FROM new_rows'],
      [
        'update',
        'UPDATE',
        'OLD TABLE AS old_rows NEW TABLE AS new_rows',
        'SELECT organization_id, developer_id FROM old_rows UNION SELECT organization_id, developer_id FROM new_rows',
      ],
      ['delete', 'DELETE', 'OLD TABLE AS old_rows', 'SELECT organization_id, developer_id FROM old_rows'],
    ] as const;
    for (const [suffix, event, referencing, touched] of events) {
      // The UPDATE fires developers_label, which derives the label from the identities as they are now.
      await q.query(`
        CREATE FUNCTION refresh_developer_labels_after_identity_${suffix}() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          UPDATE developers d SET label = d.label
          FROM (${touched}) t WHERE d.organization_id = t.organization_id AND d.id = t.developer_id;
          RETURN NULL;
        END $$`);
      await q.query(`
        CREATE TRIGGER developer_identities_label_${suffix} AFTER ${event} ON developer_identities
        REFERENCING ${referencing}
        FOR EACH STATEMENT EXECUTE FUNCTION refresh_developer_labels_after_identity_${suffix}()`);
    }
    await q.query(`UPDATE developers SET label = label`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const suffix of ['insert', 'update', 'delete']) {
      await q.query(`DROP TRIGGER developer_identities_label_${suffix} ON developer_identities`);
      await q.query(`DROP FUNCTION refresh_developer_labels_after_identity_${suffix}()`);
    }
    await q.query(`DROP TRIGGER developers_label ON developers`);
    await q.query(`DROP FUNCTION set_developer_label()`);
    await q.query(`DROP FUNCTION developer_label(uuid, uuid, text)`);
    await q.query(`ALTER TABLE developers DROP COLUMN label`);
  }
}
