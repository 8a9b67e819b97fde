import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * When each member last opened their seminar's page, so the page can say what is new since then
 * (docs/seminar-page.md). Null until the first visit.
 */
export class SeminarVisits1764600000000 implements MigrationInterface {
  name = 'SeminarVisits1764600000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE memberships ADD COLUMN last_visited_at timestamptz(3)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE memberships DROP COLUMN last_visited_at`);
  }
}
