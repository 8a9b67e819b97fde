import { CommentPayload, moderatorsRoom, userRoom } from '@glossa/contracts';
import { memberView, PostFacts } from '../posts/post-visibility';
import type { CommentEntity } from './comment.entity';
import type { ThreadEntity } from './thread.entity';
import type { ThreadSubject } from './thread-subjects';

type ReplyFacts = Pick<CommentEntity, 'authorId' | 'moderation' | 'deletedAt'>;

/** What `post-visibility` decides a reply's audience from: the reply, and its thread's privacy. */
export function factsOf(comment: ReplyFacts, thread: Pick<ThreadEntity, 'privateTo'>): PostFacts {
  return {
    authorId: comment.authorId,
    moderation: comment.moderation,
    privateTo: thread.privateTo,
    deleted: comment.deletedAt !== null,
  };
}

/**
 * Where events carrying a reply's text go: its thread's room while members may read both the reply
 * and the post it answers; otherwise the moderators, the reply's author and the post's author.
 */
export function contentRoomsOf(
  comment: ReplyFacts & Pick<CommentEntity, 'seminarId'>,
  thread: Pick<ThreadEntity, 'privateTo' | 'room'>,
  subject: ThreadSubject | null,
): string[] {
  if (thread.privateTo !== null) return [thread.room];
  const subjectShown = !subject || memberView(subject.facts) !== 'nothing';
  if (subjectShown && memberView(factsOf(comment, thread)) === 'content') return [thread.room];
  const rooms = new Set([moderatorsRoom(comment.seminarId), userRoom(comment.authorId)]);
  if (subject) rooms.add(userRoom(subject.facts.authorId));
  return [...rooms];
}

/**
 * Who a reply's mentions may notify: everyone (null) while members may see the thread, else only
 * those who may (the private thread's owner; the hidden or pending post's author). Moderators named
 * in a reply to a hidden post read it on the moderation desk rather than in a notification.
 */
export function mentionAudienceOf(
  thread: Pick<ThreadEntity, 'privateTo'>,
  subject: ThreadSubject | null,
): string[] | null {
  if (thread.privateTo) return [thread.privateTo];
  if (subject && memberView(subject.facts) === 'nothing') return [subject.facts.authorId];
  return null;
}

/** A reply as its events carry it: a deleted reply keeps its place and loses its text. */
export function payloadOf(comment: CommentEntity, author: { displayName: string }): CommentPayload {
  return {
    id: comment.id,
    threadId: comment.threadId,
    parentId: comment.parentId,
    depth: comment.depth,
    authorId: comment.authorId,
    authorName: author.displayName,
    body: comment.deletedAt ? '' : comment.body,
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt ? comment.editedAt.toISOString() : null,
    deleted: comment.deletedAt !== null,
  };
}
