/**
 * Assignments in groups (docs/small-groups.md): while an assignment "in groups" is on a reading, a
 * member sees there only the posts of their own group, the owners' and moderators', and their own;
 * a member in no group sees the leaders' and their own. Owners and moderators see all.
 *
 * Like hide-until-you-post it takes effect when the assignment is saved (its reading's room is one
 * audience, docs/assignments.md). The group tables belong to the groups module; this rule only
 * reads them, as the hide rule reads memberships, so every module below groups may ask it.
 */

/** SQL: the readings on which `me` sees only their group's posts; uncorrelated, run once per statement. */
export function groupedReadingsSql(me: string): string {
  return `SELECT gx.reading_id FROM assignments gx
           WHERE gx.in_groups AND gx.reading_id IS NOT NULL
             AND NOT EXISTS (SELECT 1 FROM memberships gm WHERE gm.seminar_id = gx.seminar_id
                               AND gm.user_id = ${me} AND gm.role IN ('OWNER', 'MODERATOR'))`;
}

/**
 * SQL: the (seminar, author) pairs whose posts `me` sees on a grouped reading — the leaders of
 * `me`'s seminars and the members of `me`'s groups. Uncorrelated, so it is hashed once per statement.
 */
export function groupPeersSql(me: string): string {
  return `SELECT pm.seminar_id, pm.user_id FROM memberships pm
            JOIN memberships pme ON pme.seminar_id = pm.seminar_id AND pme.user_id = ${me}
           WHERE pm.role IN ('OWNER', 'MODERATOR')
          UNION ALL
          SELECT pg.seminar_id, pg.user_id FROM seminar_group_members pg
            JOIN seminar_group_members pgme ON pgme.group_id = pg.group_id AND pgme.user_id = ${me}`;
}

/**
 * SQL condition: a post aliased `alias` (author_id, seminar_id) on reading `readingColumn` is not
 * hidden from `me` by an assignment in groups.
 */
export function notHiddenByGroupsSql(alias: string, readingColumn: string, me: string): string {
  return `(${alias}.author_id = ${me} OR ${readingColumn} NOT IN (${groupedReadingsSql(me)})
           OR (${alias}.seminar_id, ${alias}.author_id) IN (${groupPeersSql(me)}))`;
}

/**
 * SQL condition for a reply aliased `alias` (author_id, seminar_id, thread_id): when its thread
 * hangs from an annotation on a grouped reading, its author must be one `me` sees there. Replies in
 * debates are untouched (groups apply to readings).
 */
export function replyNotHiddenByGroupsSql(alias: string, me: string): string {
  return `(${alias}.author_id = ${me}
           OR NOT EXISTS (SELECT 1 FROM annotations ga WHERE ga.thread_id = ${alias}.thread_id
                            AND ga.reading_id IN (${groupedReadingsSql(me)}))
           OR (${alias}.seminar_id, ${alias}.author_id) IN (${groupPeersSql(me)}))`;
}
