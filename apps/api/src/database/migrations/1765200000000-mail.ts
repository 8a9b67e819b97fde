import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Email (docs/email.md): the development outbox (messages kept when no SMTP relay is set),
 * password-reset links (only a hash of each token), each member's choice of mail about mentions and
 * replies, and the notices waiting for their daily digest.
 */
export class Mail1765200000000 implements MigrationInterface {
  name = 'Mail1765200000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE dev_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        to_address text NOT NULL,
        subject text NOT NULL,
        text_body text NOT NULL,
        html_body text NOT NULL,
        headers jsonb NOT NULL DEFAULT '{}',
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX dev_outbox_recent ON dev_outbox (created_at DESC)`);
    await db.query(`
      CREATE TABLE password_resets (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz(3) NOT NULL,
        used_at timestamptz(3),
        created_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX password_resets_user ON password_resets (user_id)`);
    await db.query(`
      CREATE TABLE mail_preferences (
        user_id uuid PRIMARY KEY REFERENCES users(id) ON DELETE CASCADE,
        frequency text NOT NULL DEFAULT 'DAILY' CHECK (frequency IN ('IMMEDIATE', 'DAILY', 'OFF')),
        unsubscribe_token text NOT NULL UNIQUE,
        updated_at timestamptz(3) NOT NULL DEFAULT now()
      )`);
    await db.query(`
      CREATE TABLE mail_notices (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        notification_id uuid NOT NULL REFERENCES notifications(id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('MENTION', 'REPLY')),
        seminar_id uuid NOT NULL REFERENCES seminars(id) ON DELETE CASCADE,
        actor_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
        subject_type text NOT NULL,
        subject_id uuid NOT NULL,
        reading_id uuid,
        created_at timestamptz(3) NOT NULL DEFAULT now(),
        sent_at timestamptz(3)
      )`);
    // One row per day whose digest was queued, so with several instances only one queues it.
    await db.query(`CREATE TABLE mail_digest_days (day date PRIMARY KEY, queued_at timestamptz(3) NOT NULL DEFAULT now())`);
    await db.query(`CREATE INDEX mail_notices_waiting ON mail_notices (user_id, created_at) WHERE sent_at IS NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE mail_digest_days`);
    await db.query(`DROP TABLE mail_notices`);
    await db.query(`DROP TABLE mail_preferences`);
    await db.query(`DROP TABLE password_resets`);
    await db.query(`DROP TABLE dev_outbox`);
  }
}
