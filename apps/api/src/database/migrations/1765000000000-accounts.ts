import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accounts (docs/accounts.md): a session remembers the device it was opened on and when it was last
 * seen, so its owner can tell their sessions apart; an account can be closed (kept as a nameless
 * tombstone so threads stay whole) and can hold an email change waiting to be confirmed.
 */
export class Accounts1765000000000 implements MigrationInterface {
  name = 'Accounts1765000000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE sessions ADD COLUMN user_agent text`);
    await db.query(`ALTER TABLE sessions ADD COLUMN address text`);
    await db.query(`ALTER TABLE sessions ADD COLUMN last_seen_at timestamptz(3)`);
    await db.query(`ALTER TABLE users ADD COLUMN deleted_at timestamptz(3)`);
    await db.query(`ALTER TABLE users ADD COLUMN pending_email text`);
    await db.query(`ALTER TABLE users ADD COLUMN pending_email_requested_at timestamptz(3)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const column of ['pending_email_requested_at', 'pending_email', 'deleted_at'])
      await db.query(`ALTER TABLE users DROP COLUMN ${column}`);
    for (const column of ['last_seen_at', 'address', 'user_agent'])
      await db.query(`ALTER TABLE sessions DROP COLUMN ${column}`);
  }
}
