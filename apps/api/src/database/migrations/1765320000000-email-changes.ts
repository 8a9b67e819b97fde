import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Confirming a new email address (docs/accounts.md): each request leaves a link, of which only the
 * SHA-256 of its token is stored; it works once, until it expires, and applies `new_email`.
 */
export class EmailChanges1765320000000 implements MigrationInterface {
  name = 'EmailChanges1765320000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE email_changes (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        new_email text NOT NULL,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX email_changes_user ON email_changes (user_id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE email_changes`);
  }
}
