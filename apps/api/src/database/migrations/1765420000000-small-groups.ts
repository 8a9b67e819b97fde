import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Small groups (docs/small-groups.md): a seminar's members split into named groups, a member in at
 * most one group of a seminar; and assignments "in groups", under which a member sees on the
 * assignment's reading only the posts of their own group, the leaders' and their own.
 */
export class SmallGroups1765420000000 implements MigrationInterface {
  name = 'SmallGroups1765420000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE seminar_groups (
        id uuid PRIMARY KEY,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX seminar_groups_seminar ON seminar_groups (seminar_id, created_at)`);
    await db.query(
      `CREATE UNIQUE INDEX seminar_groups_client_id_key ON seminar_groups (created_by, client_id) WHERE client_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE seminar_group_members (
        group_id uuid NOT NULL REFERENCES seminar_groups(id) ON DELETE CASCADE,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        PRIMARY KEY (group_id, user_id),
        CONSTRAINT seminar_group_members_one_group UNIQUE (seminar_id, user_id)
      )`);
    await db.query(`CREATE INDEX seminar_group_members_user ON seminar_group_members (user_id)`);
    await db.query(`ALTER TABLE assignments ADD COLUMN in_groups boolean NOT NULL DEFAULT false`);
    await db.query(
      `ALTER TABLE assignments ADD CONSTRAINT assignments_groups_on_reading CHECK (NOT in_groups OR reading_id IS NOT NULL)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE assignments DROP CONSTRAINT assignments_groups_on_reading`);
    await db.query(`ALTER TABLE assignments DROP COLUMN in_groups`);
    await db.query(`DROP TABLE seminar_group_members`);
    await db.query(`DROP TABLE seminar_groups`);
  }
}
