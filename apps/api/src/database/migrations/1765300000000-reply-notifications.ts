import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Replies notify the authors they answer (docs/email.md): a notification may now be a REPLY as
 * well as a MENTION (mail_notices already allowed both).
 */
export class ReplyNotifications1765300000000 implements MigrationInterface {
  name = 'ReplyNotifications1765300000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(
      `ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('MENTION', 'REPLY'))`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DELETE FROM notifications WHERE kind = 'REPLY'`);
    await db.query(`ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check`);
    await db.query(`ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('MENTION'))`);
  }
}
