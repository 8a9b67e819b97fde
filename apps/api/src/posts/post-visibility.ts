import { Moderation } from './moderation-state';

/** What decides who may see a post (annotation, reply or claim), whatever path asks for it. */
export interface PostFacts {
  authorId: string;
  moderation: Moderation;
  /** Set when only this person may see the post: a private annotation, a reply in its thread. */
  privateTo: string | null;
  deleted: boolean;
}

/** Who asks: a person, and whether they moderate the post's seminar. */
export interface Onlooker {
  userId: string;
  moderates: boolean;
}

/**
 * What the seminar's members (the members' rooms: reading, debate, seminar) may see of a post:
 * - `content`: the post as written;
 * - `place`: that it was there, without its text (removed by a moderator, or deleted by its author);
 * - `nothing`: not even that it exists (private, pending or hidden).
 */
export type MemberView = 'content' | 'place' | 'nothing';

export function memberView(post: PostFacts): MemberView {
  if (post.privateTo !== null) return 'nothing';
  if (post.moderation === Moderation.PENDING || post.moderation === Moderation.HIDDEN) return 'nothing';
  if (post.moderation === Moderation.REMOVED || post.deleted) return 'place';
  return 'content';
}

/**
 * The one visibility decision: a private post only for the one it is private to; a pending or hidden
 * one for its author and the seminar's moderators; anything else for every member. (SQL paths that
 * read many posts at once restate it: `moderationVisible` and the annotations' `VISIBLE`.)
 */
export function maySee(post: PostFacts, onlooker: Onlooker): boolean {
  if (post.privateTo !== null) return post.privateTo === onlooker.userId;
  if (post.authorId === onlooker.userId || onlooker.moderates) return true;
  return memberView(post) !== 'nothing';
}

/**
 * May moderators act on it: not on a post private to someone (to them it does not exist). The
 * author's own private notes are theirs alone too, so a moderator gets NOT_FOUND even on their own.
 */
export function moderatable(post: Pick<PostFacts, 'privateTo'>): boolean {
  return post.privateTo === null;
}
