import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Annotations on readings (W3C selectors + anchor outcome), discussion threads with nested
 * comments, reactions, mention notifications, and the full-text search vectors over them.
 */
export class Annotations1763900200000 implements MigrationInterface {
  name = 'Annotations1763900200000';

  async up(db: QueryRunner): Promise<void> {
    // array_to_string is only STABLE; tags are plain text, so this wrapper is truly immutable
    // and may feed a generated column.
    await db.query(
      `CREATE FUNCTION glossa_tags_text(text[]) RETURNS text LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT coalesce(array_to_string($1, ' '), '') $$`,
    );

    await db.query(`
      CREATE TABLE threads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        subject_type text NOT NULL CHECK (subject_type IN ('annotation', 'claim')),
        subject_id uuid NOT NULL,
        -- Where the thread's events go: the subject's room, or its author's own room when private.
        room text NOT NULL,
        private_to uuid REFERENCES users(id),
        locked_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);

    await db.query(`
      CREATE TABLE annotations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        reading_id uuid NOT NULL REFERENCES readings(id) ON DELETE CASCADE,
        thread_id uuid NOT NULL REFERENCES threads(id),
        revision_number integer NOT NULL,
        author_id uuid NOT NULL REFERENCES users(id),
        motivation text NOT NULL CHECK (motivation IN ('highlighting', 'commenting', 'questioning')),
        body text NOT NULL DEFAULT '',
        tags text[] NOT NULL DEFAULT '{}',
        color text NOT NULL,
        visibility text NOT NULL CHECK (visibility IN ('PRIVATE', 'SEMINAR')),
        quote_exact text NOT NULL,
        quote_prefix text NOT NULL,
        quote_suffix text NOT NULL,
        position_start integer NOT NULL,
        position_end integer NOT NULL,
        anchor_status text NOT NULL CHECK (anchor_status IN ('exact', 'fuzzy', 'orphaned')),
        anchor_score real NOT NULL,
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz(3),
        deleted_at timestamptz(3),
        search tsvector GENERATED ALWAYS AS (
          setweight(to_tsvector('english', body), 'A') ||
          setweight(to_tsvector('simple', glossa_tags_text(tags)), 'A') ||
          setweight(to_tsvector('english', quote_exact), 'B')
        ) STORED
      )`);
    await db.query(`CREATE INDEX annotations_reading_idx ON annotations (reading_id, position_start, id)`);
    await db.query(`CREATE INDEX annotations_author_idx ON annotations (author_id)`);
    await db.query(`CREATE INDEX annotations_thread_idx ON annotations (thread_id)`);
    await db.query(`CREATE INDEX annotations_search_idx ON annotations USING gin (search)`);
    await db.query(`CREATE INDEX annotations_tags_idx ON annotations USING gin (tags)`);
    await db.query(
      `CREATE UNIQUE INDEX annotations_client_id_key ON annotations (author_id, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE comments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        thread_id uuid NOT NULL REFERENCES threads(id) ON DELETE CASCADE,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        parent_id uuid REFERENCES comments(id),
        depth integer NOT NULL CHECK (depth >= 0),
        author_id uuid NOT NULL REFERENCES users(id),
        body text NOT NULL,
        client_id text,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        updated_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        edited_at timestamptz(3),
        deleted_at timestamptz(3),
        search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED
      )`);
    await db.query(`CREATE INDEX comments_thread_idx ON comments (thread_id, created_at, id)`);
    await db.query(`CREATE INDEX comments_search_idx ON comments USING gin (search)`);
    await db.query(
      `CREATE UNIQUE INDEX comments_client_id_key ON comments (author_id, client_id) WHERE client_id IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE reactions (
        subject_type text NOT NULL CHECK (subject_type IN ('annotation', 'comment', 'claim')),
        subject_id uuid NOT NULL,
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('AGREE', 'DISAGREE', 'INSIGHTFUL', 'SAME_QUESTION')),
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        PRIMARY KEY (subject_type, subject_id, user_id, kind)
      )`);

    await db.query(`
      CREATE TABLE notifications (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION')),
        actor_id uuid NOT NULL REFERENCES users(id),
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        reading_id uuid,
        excerpt text NOT NULL DEFAULT '',
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp(),
        read_at timestamptz(3)
      )`);
    await db.query(`CREATE INDEX notifications_user_idx ON notifications (user_id, created_at DESC) `);

    // Reading text search. A tsvector holds at most 1 MB, which a 2 MB reading of varied prose can
    // exceed, so the first 400,000 characters are indexed (every demo reading is far shorter).
    await db.query(
      `ALTER TABLE reading_revisions ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', left(text, 400000))) STORED`,
    );
    await db.query(`CREATE INDEX reading_revisions_search_idx ON reading_revisions USING gin (search)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('ALTER TABLE reading_revisions DROP COLUMN search');
    for (const table of ['notifications', 'reactions', 'comments', 'annotations', 'threads'])
      await db.query(`DROP TABLE ${table}`);
    await db.query('DROP FUNCTION glossa_tags_text(text[])');
  }
}
