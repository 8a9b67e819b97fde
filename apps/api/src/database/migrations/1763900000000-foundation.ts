import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts, sessions, seminars with memberships, readings with immutable revisions, debate motions.
 * Timestamps keep milliseconds (timestamptz(3)) so a JavaScript Date round-trips exactly in cursors.
 */
export class Foundation1763900000000 implements MigrationInterface {
  name = 'Foundation1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        password_hash text NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE UNIQUE INDEX users_email_key ON users (lower(email))`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX sessions_user_idx ON sessions (user_id)`);

    await db.query(`
      CREATE TABLE seminars (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        description text NOT NULL DEFAULT '',
        invite_code text NOT NULL UNIQUE,
        created_by uuid NOT NULL REFERENCES users(id),
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX seminars_client_id_key ON seminars (created_by, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE memberships (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        role text NOT NULL CHECK (role IN ('OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER')),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (seminar_id, user_id)
      )`);
    await db.query(`CREATE INDEX memberships_user_idx ON memberships (user_id)`);

    await db.query(`
      CREATE TABLE readings (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        title text NOT NULL,
        author text NOT NULL DEFAULT '',
        source text NOT NULL DEFAULT '',
        format text NOT NULL CHECK (format IN ('PLAIN', 'MARKDOWN')),
        current_revision_number integer NOT NULL DEFAULT 0,
        created_by uuid NOT NULL REFERENCES users(id),
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX readings_seminar_idx ON readings (seminar_id, created_at, id)`);
    await db.query(
      `CREATE UNIQUE INDEX readings_client_id_key ON readings (created_by, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE reading_revisions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        reading_id uuid NOT NULL REFERENCES readings(id) ON DELETE CASCADE,
        number integer NOT NULL CHECK (number > 0),
        text text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        UNIQUE (reading_id, number)
      )`);
    await db.query(
      `CREATE UNIQUE INDEX reading_revisions_client_id_key ON reading_revisions (created_by, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE debates (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        motion text NOT NULL,
        description text NOT NULL DEFAULT '',
        pro_label text NOT NULL,
        con_label text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'LOCKED', 'ARCHIVED')),
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX debates_seminar_idx ON debates (seminar_id, created_at, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of ['debates', 'reading_revisions', 'readings', 'memberships', 'seminars', 'sessions', 'users']) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
