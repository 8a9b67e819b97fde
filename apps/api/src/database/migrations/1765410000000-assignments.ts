import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Assignments (docs/assignments.md): a reading (or a range of it) or a debate set for the whole
 * seminar with instructions, an opening time and a due date, optionally hiding the others' posts
 * until the member has posted; and each member's progress on it, with their own extension.
 */
export class Assignments1765410000000 implements MigrationInterface {
  name = 'Assignments1765410000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE assignments (
        id uuid PRIMARY KEY,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        reading_id uuid REFERENCES readings(id) ON DELETE CASCADE,
        debate_id uuid REFERENCES debates(id) ON DELETE CASCADE,
        range_start integer,
        range_end integer,
        title text NOT NULL,
        instructions text NOT NULL DEFAULT '',
        opens_at timestamptz(3) NOT NULL,
        due_at timestamptz(3) NOT NULL,
        hide_until_posted boolean NOT NULL DEFAULT false,
        required_posts integer NOT NULL DEFAULT 1,
        created_by uuid REFERENCES users(id) ON DELETE SET NULL,
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now(),
        CONSTRAINT assignments_one_subject CHECK ((reading_id IS NULL) <> (debate_id IS NULL)),
        CONSTRAINT assignments_range CHECK ((range_start IS NULL) = (range_end IS NULL)
          AND (range_start IS NULL OR (reading_id IS NOT NULL AND 0 <= range_start AND range_start < range_end))),
        CONSTRAINT assignments_hide_on_reading CHECK (NOT hide_until_posted OR reading_id IS NOT NULL),
        CONSTRAINT assignments_required_posts CHECK (required_posts BETWEEN 1 AND 100),
        CONSTRAINT assignments_dates CHECK (opens_at < due_at)
      )`);
    await db.query(`CREATE INDEX assignments_seminar ON assignments (seminar_id, due_at)`);
    await db.query(`CREATE INDEX assignments_reading ON assignments (reading_id) WHERE reading_id IS NOT NULL`);
    await db.query(`CREATE INDEX assignments_debate ON assignments (debate_id) WHERE debate_id IS NOT NULL`);
    await db.query(
      `CREATE UNIQUE INDEX assignments_client_id_key ON assignments (created_by, client_id) WHERE client_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE assignment_progress (
        assignment_id uuid NOT NULL REFERENCES assignments(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        posts integer NOT NULL DEFAULT 0,
        completed_at timestamptz(3),
        extended_due_at timestamptz(3),
        PRIMARY KEY (assignment_id, user_id)
      )`);
    await db.query(`CREATE INDEX assignment_progress_user ON assignment_progress (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE assignment_progress`);
    await db.query(`DROP TABLE assignments`);
  }
}
