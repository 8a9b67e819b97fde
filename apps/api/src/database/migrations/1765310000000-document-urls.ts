import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Readings from web addresses (docs/documents.md, "From a web page"): an upload remembers the
 * address it was fetched from (the reading's source), and the client's id of the request, so a
 * retried fetch returns the first upload instead of fetching and storing the page again.
 */
export class DocumentUrls1765310000000 implements MigrationInterface {
  name = 'DocumentUrls1765310000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE document_uploads ADD COLUMN source_url text`);
    await db.query(`ALTER TABLE document_uploads ADD COLUMN client_id text`);
    await db.query(
      `CREATE UNIQUE INDEX document_uploads_client_id_key ON document_uploads (uploaded_by, client_id) WHERE client_id IS NOT NULL`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX document_uploads_client_id_key`);
    await db.query(`ALTER TABLE document_uploads DROP COLUMN client_id`);
    await db.query(`ALTER TABLE document_uploads DROP COLUMN source_url`);
  }
}
