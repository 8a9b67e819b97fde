import { moderatorsRoom, readingRoom, userRoom } from '@glossa/contracts';
import { memberView, PostFacts } from '../posts/post-visibility';
import { Visibility } from './annotation-kinds';
import type { AnnotationEntity } from './annotation.entity';

/** Where an annotation's events go: its reading's room, or only its author's when private. */
export function roomOf(annotation: Pick<AnnotationEntity, 'visibility' | 'readingId' | 'authorId'>): string {
  return annotation.visibility === Visibility.PRIVATE
    ? userRoom(annotation.authorId)
    : readingRoom(annotation.readingId);
}

/** What `post-visibility` decides an annotation's audience from. */
export function factsOf(a: Pick<AnnotationEntity, 'visibility' | 'authorId' | 'moderation' | 'deletedAt'>): PostFacts {
  return {
    authorId: a.authorId,
    moderation: a.moderation,
    privateTo: a.visibility === Visibility.PRIVATE ? a.authorId : null,
    deleted: a.deletedAt !== null,
  };
}

/**
 * Where events that carry an annotation's content go: its reading's room while members may read it,
 * otherwise only to those who still may (its author; the moderators unless it is private).
 */
export function contentRoomsOf(
  a: Pick<AnnotationEntity, 'visibility' | 'readingId' | 'authorId' | 'seminarId' | 'moderation' | 'deletedAt'>,
): string[] {
  if (memberView(factsOf(a)) === 'content') return [readingRoom(a.readingId)];
  if (a.visibility === Visibility.PRIVATE) return [userRoom(a.authorId)];
  return [moderatorsRoom(a.seminarId), userRoom(a.authorId)];
}

/** SQL condition: what the viewer (`:me`) may see of annotations aliased `a`. */
export const VISIBLE = `(a.visibility = 'SEMINAR' OR a.author_id = :me)`;

/** SQL condition: a deleted annotation stays (as "deleted") only while live replies hang from it. */
export const SHOWN = `(a.deleted_at IS NULL OR EXISTS (SELECT 1 FROM comments c WHERE c.thread_id = a.thread_id AND c.deleted_at IS NULL))`;
