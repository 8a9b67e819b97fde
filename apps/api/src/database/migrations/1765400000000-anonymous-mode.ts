import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Anonymous mode (docs/anonymous-mode.md): which discussions (a seminar, or one debate) are
 * anonymous, each member's pseudonym and opaque id per discussion (unique within it, so two people
 * never share a name), and the server's own key that picks them.
 */
export class AnonymousMode1765400000000 implements MigrationInterface {
  name = 'AnonymousMode1765400000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE anonymous_discussions (
        scope text PRIMARY KEY,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        enabled_by uuid REFERENCES users(id) ON DELETE SET NULL,
        enabled_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX anonymous_discussions_seminar_idx ON anonymous_discussions (seminar_id)`);
    await db.query(`
      CREATE TABLE pseudonyms (
        scope text NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        name text NOT NULL,
        opaque_id uuid NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (scope, user_id),
        UNIQUE (scope, name),
        UNIQUE (scope, opaque_id)
      )`);
    await db.query(`CREATE TABLE anonymity_keys (id smallint PRIMARY KEY CHECK (id = 1), key text NOT NULL)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE anonymity_keys`);
    await db.query(`DROP TABLE pseudonyms`);
    await db.query(`DROP TABLE anonymous_discussions`);
  }
}
