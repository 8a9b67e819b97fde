import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readings from documents (docs/documents.md): a durable job queue (`jobs`, docs/jobs.md), the
 * structure of a revision's text (block and page ranges in code points), and uploaded originals
 * kept in PostgreSQL with their checksum.
 */
export class Documents1764900000000 implements MigrationInterface {
  name = 'Documents1764900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE jobs (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        queue text NOT NULL,
        payload jsonb NOT NULL,
        state text NOT NULL DEFAULT 'queued' CHECK (state IN ('queued', 'running', 'done', 'failed')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 3,
        run_after timestamptz(3) NOT NULL DEFAULT now(),
        locked_until timestamptz(3),
        progress real NOT NULL DEFAULT 0,
        last_error text,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX jobs_ready ON jobs (run_after) WHERE state IN ('queued', 'running')`);
    await db.query(`ALTER TABLE reading_revisions ADD COLUMN blocks jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`ALTER TABLE reading_revisions ADD COLUMN pages jsonb NOT NULL DEFAULT '[]'`);
    await db.query(`
      CREATE TABLE document_uploads (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        reading_id uuid REFERENCES readings(id) ON DELETE CASCADE,
        revision_number integer,
        uploaded_by uuid NOT NULL REFERENCES users(id),
        filename text NOT NULL,
        media_type text NOT NULL,
        size integer NOT NULL,
        sha256 text NOT NULL,
        content bytea NOT NULL,
        status text NOT NULL DEFAULT 'CONVERTING',
        error text,
        converted jsonb,
        requested jsonb,
        job_id uuid REFERENCES jobs(id) ON DELETE SET NULL,
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX document_uploads_reading ON document_uploads (reading_id, revision_number)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE document_uploads`);
    await db.query(`ALTER TABLE reading_revisions DROP COLUMN pages`);
    await db.query(`ALTER TABLE reading_revisions DROP COLUMN blocks`);
    await db.query(`DROP TABLE jobs`);
  }
}
