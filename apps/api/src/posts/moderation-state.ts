/**
 * Where a post (annotation, reply, claim) stands with the moderators. PENDING and HIDDEN posts are
 * seen only by moderators and their author; a REMOVED post keeps its place with its text gone.
 */
export enum Moderation {
  PENDING = 'PENDING',
  VISIBLE = 'VISIBLE',
  HIDDEN = 'HIDDEN',
  REMOVED = 'REMOVED',
}

/**
 * SQL condition: the viewer (:me) may see the post aliased `alias` as far as moderation goes — it is
 * public (visible or removed), theirs, or in a seminar they moderate.
 */
export function moderationVisible(alias: string): string {
  return `(${alias}.moderation IN ('VISIBLE', 'REMOVED') OR ${alias}.author_id = :me OR ${alias}.seminar_id IN (SELECT m.seminar_id FROM memberships m WHERE m.user_id = :me AND m.role IN ('OWNER', 'MODERATOR')))`;
}
