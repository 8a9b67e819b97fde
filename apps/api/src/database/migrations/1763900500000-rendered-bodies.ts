import { MigrationInterface, QueryRunner } from 'typeorm';
import { renderMarkdown } from '../../posts/markdown';

const TABLES = ['annotations', 'comments', 'claims'] as const;
const BATCH = 1000;

/**
 * Posts keep their Markdown rendered to safe HTML (`body_html`), written with the body. Rendering
 * (marked + sanitize-html) on every read made `bodyHtml` the larger half of opening a reading with
 * thousands of posts (bench:reading-view); a post is written once and read many times. Existing posts
 * are rendered here. A change to the renderer's output (markdown.ts) needs a migration like this one
 * to render the stored bodies again.
 */
export class RenderedBodies1763900500000 implements MigrationInterface {
  name = 'RenderedBodies1763900500000';

  async up(db: QueryRunner): Promise<void> {
    for (const table of TABLES) {
      await db.query(`ALTER TABLE ${table} ADD COLUMN body_html text`);
      for (;;) {
        const rows: Array<{ id: string; body: string }> = await db.query(
          `SELECT id, body FROM ${table} WHERE body_html IS NULL LIMIT ${BATCH}`,
        );
        if (rows.length === 0) break;
        await db.query(
          `UPDATE ${table} t SET body_html = r.html FROM unnest($1::uuid[], $2::text[]) AS r(id, html) WHERE t.id = r.id`,
          [rows.map((r) => r.id), rows.map((r) => renderMarkdown(r.body))],
        );
      }
      await db.query(`ALTER TABLE ${table} ALTER COLUMN body_html SET NOT NULL`);
    }
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of TABLES) await db.query(`ALTER TABLE ${table} DROP COLUMN body_html`);
  }
}
