import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Live seminar sessions (docs/live-sessions.md): one running session per reading or debate, its
 * spotlights (kept as the session's history), polls with one answer per person, timed rounds and
 * the raise-hand queue. The following position lives on the session row: only its latest value matters.
 */
export class LiveSessions1764800000000 implements MigrationInterface {
  name = 'LiveSessions1764800000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE live_sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('READING', 'DEBATE')),
        subject_id uuid NOT NULL,
        title text NOT NULL,
        started_by uuid NOT NULL REFERENCES users(id),
        facilitator_id uuid NOT NULL REFERENCES users(id),
        position_offset integer CHECK (position_offset >= 0),
        position_claim_id uuid,
        client_id text,
        started_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        ended_at timestamptz(3),
        summary_markdown text
      )`);
    // At most one running session per reading or debate: a second start is a CONFLICT, even when raced.
    await db.query(
      `CREATE UNIQUE INDEX live_sessions_running_key ON live_sessions (subject_type, subject_id) WHERE ended_at IS NULL`,
    );
    await db.query(
      `CREATE UNIQUE INDEX live_sessions_client_id_key ON live_sessions (started_by, client_id) WHERE client_id IS NOT NULL`,
    );
    await db.query(`CREATE INDEX live_sessions_seminar_idx ON live_sessions (seminar_id, started_at)`);

    await db.query(`
      CREATE TABLE live_spotlights (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('SELECTION', 'ANNOTATION', 'CLAIM')),
        annotation_id uuid,
        claim_id uuid,
        position_start integer,
        position_end integer,
        exact text NOT NULL,
        note text NOT NULL DEFAULT '',
        created_by uuid NOT NULL REFERENCES users(id),
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX live_spotlights_session_idx ON live_spotlights (session_id, created_at)`);
    await db.query(
      `CREATE UNIQUE INDEX live_spotlights_client_id_key ON live_spotlights (created_by, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE live_polls (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('CHOICE', 'AGREEMENT')),
        question text NOT NULL,
        options text[] NOT NULL,
        claim_id uuid,
        anonymous boolean NOT NULL,
        created_by uuid NOT NULL REFERENCES users(id),
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        closed_at timestamptz(3)
      )`);
    await db.query(`CREATE UNIQUE INDEX live_polls_open_key ON live_polls (session_id) WHERE closed_at IS NULL`);
    await db.query(`CREATE INDEX live_polls_session_idx ON live_polls (session_id, created_at)`);
    await db.query(
      `CREATE UNIQUE INDEX live_polls_client_id_key ON live_polls (created_by, client_id) WHERE client_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE live_poll_answers (
        poll_id uuid NOT NULL REFERENCES live_polls(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        option_index integer NOT NULL CHECK (option_index >= 0),
        answered_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (poll_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE live_rounds (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        prompt text NOT NULL,
        stance text CHECK (stance IN ('PRO', 'CON')),
        seconds integer NOT NULL CHECK (seconds > 0),
        created_by uuid NOT NULL REFERENCES users(id),
        client_id text,
        started_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        ends_at timestamptz(3) NOT NULL,
        closed_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX live_rounds_session_idx ON live_rounds (session_id, started_at)`);
    await db.query(
      `CREATE UNIQUE INDEX live_rounds_client_id_key ON live_rounds (created_by, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE live_hands (
        session_id uuid NOT NULL REFERENCES live_sessions(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id),
        raised_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (session_id, user_id)
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'live_hands',
      'live_rounds',
      'live_poll_answers',
      'live_polls',
      'live_spotlights',
      'live_sessions',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
