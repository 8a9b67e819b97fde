import { notHiddenByGroupsSql } from './in-groups';

/**
 * Hide until you post (docs/assignments.md): an assignment on a reading may hide the other members'
 * annotations on that reading — and so their threads, which are as visible as the post they hang
 * from — from a member until that member has completed it (posted the number of annotations the
 * leader set) or until the member's due date has passed. Owners and moderators always see all.
 *
 * The hide takes effect when the assignment is saved, not at its opening time: the reading's room is
 * one audience (docs/design.md §Who may see what), and an audience may grow at a time nobody acts
 * (the due date) but must never shrink then, or a socket already in the room would keep receiving.
 */

/** What decides whether one hiding assignment still hides the reading from one person. */
export interface HideFacts {
  hides: boolean;
  /** The assignment's due date, or the person's extension. */
  dueAt: Date;
  completedAt: Date | null;
  /** The person is an owner or a moderator of the seminar. */
  leads: boolean;
}

export function stillHides(facts: HideFacts, now: Date): boolean {
  return facts.hides && !facts.leads && facts.completedAt === null && now < facts.dueAt;
}

/**
 * SQL: the readings hidden from `me` (a placeholder or a parameter), as a subquery for
 * `reading_id IN (…)`. It is uncorrelated, so PostgreSQL runs it once per statement whatever the
 * number of annotations it filters (docs/assignments.md, Cost). Restates `stillHides`.
 */
export function hiddenReadingsSql(me: string): string {
  return `SELECT hx.reading_id FROM assignments hx
            LEFT JOIN assignment_progress hp ON hp.assignment_id = hx.id AND hp.user_id = ${me}
           WHERE hx.hide_until_posted AND hx.reading_id IS NOT NULL AND hp.completed_at IS NULL
             AND now() < COALESCE(hp.extended_due_at, hx.due_at)
             AND NOT EXISTS (SELECT 1 FROM memberships hm WHERE hm.seminar_id = hx.seminar_id
                               AND hm.user_id = ${me} AND hm.role IN ('OWNER', 'MODERATOR'))`;
}

/**
 * SQL condition: an annotation aliased `alias` (author_id, reading_id, seminar_id) is not hidden
 * from `me` by an assignment — it is `me`'s own, or its reading hides nothing from `me` and, under
 * an assignment in groups, its author is a leader or in `me`'s group (docs/small-groups.md). Both
 * rules sit in this one condition so that every read path that asks it gets both.
 */
export function notHiddenByAssignmentSql(alias: string, me: string): string {
  return `(${alias}.author_id = ${me} OR (${alias}.reading_id NOT IN (${hiddenReadingsSql(me)})
           AND ${notHiddenByGroupsSql(alias, `${alias}.reading_id`, me)}))`;
}
