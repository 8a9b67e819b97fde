import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports of annotations (W3C Web Annotation or Hypothesis JSON): each import with the report it
 * answered (a retry with the same clientId answers it again), and where every imported post came
 * from, so importing the same posts again skips them.
 */
export class Interchange1763900400000 implements MigrationInterface {
  name = 'Interchange1763900400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE annotation_imports (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        imported_by uuid NOT NULL REFERENCES users(id),
        client_id text NOT NULL,
        format text NOT NULL CHECK (format IN ('WEB_ANNOTATION', 'HYPOTHESIS')),
        report jsonb NOT NULL,
        created_at timestamptz(3) NOT NULL DEFAULT clock_timestamp()
      )`);
    await db.query(
      `CREATE UNIQUE INDEX annotation_imports_client_id_key ON annotation_imports (imported_by, client_id)`,
    );
    await db.query(`
      CREATE TABLE imported_posts (
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        -- The post's id in the source (or the id it was itself copied from), e.g. urn:glossa:annotation:<uuid>.
        source_key text NOT NULL,
        -- 'id' for the post's own id in the source, 'via' for the id that one was copied from.
        key_role text NOT NULL CHECK (key_role IN ('id', 'via')),
        kind text NOT NULL CHECK (kind IN ('annotation', 'reply')),
        post_id uuid NOT NULL,
        import_id uuid NOT NULL REFERENCES annotation_imports(id) ON DELETE CASCADE,
        -- Set when the post was attributed to the importer: who wrote it at the source.
        original_author text,
        PRIMARY KEY (seminar_id, source_key)
      )`);
    await db.query(`CREATE INDEX imported_posts_post_idx ON imported_posts (post_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query('DROP TABLE imported_posts');
    await db.query('DROP TABLE annotation_imports');
  }
}
