import { Injectable } from '@nestjs/common';
import { userRoom } from '@glossa/contracts';
import { DataSource, EntityManager } from 'typeorm';
import type { Transaction } from '../database/transaction-runner';
import { EventLog } from '../events/event-log';
import { hiddenReadingsSql } from './hide-until-posted';
import { groupedReadingsSql, notHiddenByGroupsSql } from './in-groups';

/** A post that may count towards assignments: an annotation (on a reading) or a claim (in a debate). */
export interface AssignedPost {
  seminarId: string;
  authorId: string;
  readingId?: string;
  /** Code points of the annotation's passage, for assignments on a range of the reading. */
  start?: number;
  end?: number;
  debateId?: string;
}

/**
 * What the other modules ask of assignments: whether hide-until-you-post hides a reading from
 * someone (the single-post paths: an annotation by id, its thread, the reading's room), and the
 * progress a new post makes. The many-post paths use `notHiddenByAssignmentSql` in their statement.
 * It reads only the assignments module's tables (and memberships, for who leads).
 */
@Injectable()
export class RevealGate {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLog,
  ) {}

  /**
   * Whether an assignment hides this one post (an annotation, or the thread hanging from it) from
   * `userId`: hide-until-you-post on its reading, or in groups with an author outside their group.
   * One statement, as `hides` was, so the single-post paths cost what they did.
   */
  async hidesPost(
    userId: string,
    post: { readingId: string; authorId: string | null; seminarId: string },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<boolean> {
    const [row]: Array<{ hidden: boolean }> = await manager.query(
      `SELECT ($2::uuid IN (${hiddenReadingsSql('$1::uuid')})
               OR NOT ${notHiddenByGroupsSql('p', '$2::uuid', '$1::uuid')}) AS hidden
         FROM (SELECT $3::uuid AS author_id, $4::uuid AS seminar_id) p`,
      [userId, post.readingId, post.authorId, post.seminarId],
    );
    return row.hidden;
  }

  /**
   * Why `userId` may not be in the reading's room, or null: its room carries everyone's posts, so a
   * member it hides posts from (until they post, or outside their group) stays out of it.
   */
  async keepsOutOfRoom(
    userId: string,
    readingId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<'HIDDEN_UNTIL_POSTED' | 'IN_GROUPS' | null> {
    const [row]: Array<{ hidden: boolean; grouped: boolean }> = await manager.query(
      `SELECT $2::uuid IN (${hiddenReadingsSql('$1::uuid')}) AS hidden,
              $2::uuid IN (${groupedReadingsSql('$1::uuid')}) AS grouped`,
      [userId, readingId],
    );
    return row.hidden ? 'HIDDEN_UNTIL_POSTED' : row.grouped ? 'IN_GROUPS' : null;
  }

  /**
   * Which of `userIds` may not see a post by `authorId` on the reading (a mention there must not
   * reach them): hidden until they post, or written outside their group on a reading in groups.
   */
  async hiddenFrom(
    manager: EntityManager,
    post: { readingId: string; authorId: string; seminarId: string },
    userIds: string[],
  ): Promise<Set<string>> {
    if (userIds.length === 0) return new Set();
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT u.id FROM unnest($2::uuid[]) AS u(id), (SELECT $3::uuid AS author_id, $4::uuid AS seminar_id) p
        WHERE $1::uuid IN (${hiddenReadingsSql('u.id')}) OR NOT ${notHiddenByGroupsSql('p', '$1::uuid', 'u.id')}`,
      [post.readingId, userIds, post.authorId, post.seminarId],
    );
    return new Set(rows.map((r) => r.id));
  }

  /**
   * Counts a new post towards every assignment of its reading (whose range it touches) or debate,
   * in the post's transaction. Late posts count (late work is marked, not refused). When the post
   * completes an assignment that hid the reading, the author's own room hears of it, so their
   * client joins the reading's room and shows everyone's posts without a reload.
   */
  async recordPost(tx: Transaction, post: AssignedPost): Promise<void> {
    const rows: Array<{
      assignment_id: string;
      reading_id: string | null;
      hide_until_posted: boolean;
      reached: boolean;
    }> = await tx.manager.query(
      `WITH targets AS (
           SELECT id, reading_id, hide_until_posted, required_posts FROM assignments
            WHERE seminar_id = $1
              AND ((reading_id = $3::uuid AND (range_start IS NULL OR ($4::int < range_end AND $5::int > range_start)))
                OR debate_id = $6::uuid)),
         counted AS (
           INSERT INTO assignment_progress AS p (assignment_id, user_id, posts, completed_at)
           SELECT id, $2, 1, CASE WHEN required_posts <= 1 THEN now() END FROM targets
           ON CONFLICT (assignment_id, user_id) DO UPDATE SET posts = p.posts + 1,
             completed_at = COALESCE(p.completed_at, CASE WHEN p.posts + 1 >=
               (SELECT required_posts FROM targets WHERE targets.id = p.assignment_id) THEN now() END)
           RETURNING p.assignment_id, p.posts)
         SELECT c.assignment_id, t.reading_id, t.hide_until_posted, c.posts = t.required_posts AS reached
           FROM counted c JOIN targets t ON t.id = c.assignment_id`,
      [post.seminarId, post.authorId, post.readingId ?? null, post.start ?? 0, post.end ?? 0, post.debateId ?? null],
    );
    for (const row of rows) {
      if (!row.reached || !row.hide_until_posted || !row.reading_id) continue;
      await this.events.append(
        tx,
        userRoom(post.authorId),
        'assignment.unlocked',
        { assignmentId: row.assignment_id, seminarId: post.seminarId, readingId: row.reading_id },
        post.authorId,
      );
    }
  }
}
