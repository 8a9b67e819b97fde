import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The orphan review list (docs/documents.md, "Revising a reading"): an orphaned annotation its
 * author or a moderator dismissed is recorded (when, by whom) and no longer listed for review.
 */
export class OrphanReview1765330000000 implements MigrationInterface {
  name = 'OrphanReview1765330000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE annotations ADD COLUMN orphan_dismissed_at timestamptz(3)`);
    await db.query(`ALTER TABLE annotations ADD COLUMN orphan_dismissed_by uuid REFERENCES users(id) ON DELETE SET NULL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE annotations DROP COLUMN orphan_dismissed_by`);
    await db.query(`ALTER TABLE annotations DROP COLUMN orphan_dismissed_at`);
  }
}
