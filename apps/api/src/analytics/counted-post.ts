import { Moderation } from '../posts/moderation-state';
import { maySee, PostFacts } from '../posts/post-visibility';

/**
 * Whether a post counts in the figures `viewerId` is shown (discussion map, participation): the
 * viewer may read its text as the class reads it. That is the one visibility decision
 * (`maySee`) for an onlooker who does not moderate, with the post's text still there: others'
 * private posts never count, nor do pending or hidden ones (a moderator sees them on the desk, but
 * they are out of the class's discussion), nor removed or deleted ones (their text is gone). The
 * viewer's own private, pending and hidden posts count for the viewer.
 *
 * `countedPostSql` restates this rule in SQL for the aggregates; a later rule (hide-until-you-post,
 * groups) is one more condition in both (docs/leader-tools.md).
 */
export function countsFor(post: PostFacts, viewerId: string): boolean {
  if (post.deleted || post.moderation === Moderation.REMOVED) return false;
  return maySee(post, { userId: viewerId, moderates: false });
}

/** How a query names a post's columns: `alias` holds author_id, moderation and deleted_at. */
export interface CountedPostColumns {
  alias: string;
  /** SQL for the person the post is private to, or NULL (`threads.private_to`, an annotation's author). */
  privateTo: string;
}

/** SQL condition for `countsFor`; `me` is the viewer's placeholder. */
export function countedPostSql({ alias, privateTo }: CountedPostColumns, me: string): string {
  return `(${alias}.deleted_at IS NULL AND ${alias}.moderation <> 'REMOVED'
    AND CASE WHEN ${privateTo} IS NOT NULL THEN ${privateTo} = ${me}
             ELSE ${alias}.moderation = 'VISIBLE' OR ${alias}.author_id = ${me} END)`;
}

/** The person an annotation aliased `a` is private to (its author when PRIVATE), as SQL. */
export function annotationPrivateTo(alias: string): string {
  return `CASE WHEN ${alias}.visibility = 'PRIVATE' THEN ${alias}.author_id END`;
}
