import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Structured debates (claims for and against the motion or another claim, impact votes, evidence
 * citing annotated passages) and moderation (states of posts, flags, an append-only audit log).
 */
export class DebatesAndModeration1763900300000 implements MigrationInterface {
  name = 'DebatesAndModeration1763900300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE debates
      ADD COLUMN moderation_mode text NOT NULL DEFAULT 'OPEN' CHECK (moderation_mode IN ('OPEN', 'PRE_MODERATED')),
      ADD COLUMN slow_mode_seconds integer NOT NULL DEFAULT 0 CHECK (slow_mode_seconds >= 0),
      ADD COLUMN client_id text`);
    await db.query(
      `CREATE UNIQUE INDEX debates_client_id_key ON debates (created_by, client_id) WHERE client_id IS NOT NULL`,
    );
    await db.query(`
      CREATE TABLE debate_readings (
        debate_id uuid NOT NULL REFERENCES debates(id) ON DELETE CASCADE,
        reading_id uuid NOT NULL REFERENCES readings(id) ON DELETE CASCADE,
        PRIMARY KEY (debate_id, reading_id)
      )`);

    // Moderation state of every kind of post: PENDING (awaiting approval), VISIBLE, HIDDEN (moderators
    // and the author still see it), REMOVED (its place kept, its text gone).
    for (const table of ['annotations', 'comments']) {
      await db.query(
        `ALTER TABLE ${table} ADD COLUMN moderation text NOT NULL DEFAULT 'VISIBLE' CHECK (moderation IN ('PENDING', 'VISIBLE', 'HIDDEN', 'REMOVED'))`,
      );
    }
    await db.query(`ALTER TABLE annotations ADD COLUMN pinned_at timestamptz(3)`);

    await db.query(`
      CREATE TABLE claims (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        debate_id uuid NOT NULL REFERENCES debates(id) ON DELETE CASCADE,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES claims(id),
        stance text NOT NULL CHECK (stance IN ('PRO', 'CON')),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        thread_id uuid NOT NULL REFERENCES threads(id),
        moderation text NOT NULL DEFAULT 'VISIBLE' CHECK (moderation IN ('PENDING', 'VISIBLE', 'HIDDEN', 'REMOVED')),
        pinned_at timestamptz(3),
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz(3),
        deleted_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX claims_debate_idx ON claims (debate_id, created_at)`);
    await db.query(`CREATE INDEX claims_author_idx ON claims (author_id, debate_id, created_at)`);
    await db.query(
      `CREATE UNIQUE INDEX claims_client_id_key ON claims (author_id, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE claim_evidence (
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        annotation_id uuid NOT NULL REFERENCES annotations(id) ON DELETE CASCADE,
        created_by uuid NOT NULL REFERENCES users(id),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (claim_id, annotation_id)
      )`);
    await db.query(`CREATE INDEX claim_evidence_annotation_idx ON claim_evidence (annotation_id)`);

    await db.query(`
      CREATE TABLE votes (
        claim_id uuid NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        impact smallint NOT NULL CHECK (impact BETWEEN 0 AND 4),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (claim_id, user_id)
      )`);

    await db.query(`
      CREATE TABLE flags (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('annotation', 'comment', 'claim')),
        subject_id uuid NOT NULL,
        reporter_id uuid NOT NULL REFERENCES users(id),
        reason text NOT NULL,
        status text NOT NULL DEFAULT 'OPEN' CHECK (status IN ('OPEN', 'RESOLVED', 'DISMISSED')),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        closed_by uuid REFERENCES users(id),
        closed_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX flags_open_idx ON flags (seminar_id, created_at) WHERE status = 'OPEN'`);
    await db.query(
      `CREATE UNIQUE INDEX flags_one_open_per_reporter ON flags (subject_type, subject_id, reporter_id) WHERE status = 'OPEN'`,
    );

    await db.query(`
      CREATE TABLE moderation_actions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        moderator_id uuid NOT NULL REFERENCES users(id),
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        reason text NOT NULL CHECK (length(btrim(reason)) > 0),
        details jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(`CREATE INDEX moderation_actions_seminar_idx ON moderation_actions (seminar_id, created_at DESC)`);
    // The audit log is append-only: not even the API can rewrite history.
    await db.query(`CREATE FUNCTION glossa_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN RAISE EXCEPTION 'moderation_actions is append-only'; END $$`);
    await db.query(`CREATE TRIGGER moderation_actions_append_only BEFORE UPDATE OR DELETE ON moderation_actions
      FOR EACH ROW EXECUTE FUNCTION glossa_append_only()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE moderation_actions');
    await db.query('DROP FUNCTION glossa_append_only()');
    for (const table of ['flags', 'votes', 'claim_evidence', 'claims', 'debate_readings'])
      await db.query(`DROP TABLE ${table}`);
    await db.query('ALTER TABLE annotations DROP COLUMN pinned_at, DROP COLUMN moderation');
    await db.query('ALTER TABLE comments DROP COLUMN moderation');
    await db.query(
      'ALTER TABLE debates DROP COLUMN moderation_mode, DROP COLUMN slow_mode_seconds, DROP COLUMN client_id',
    );
  }
}
