import { z } from 'zod';

const id = z.string().uuid();
const role = z.enum(['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER']);

const annotation = z.object({
  id,
  seminarId: id,
  readingId: id,
  threadId: id,
  revisionNumber: z.number().int().positive(),
  authorId: id,
  authorName: z.string(),
  motivation: z.enum(['highlighting', 'commenting', 'questioning']),
  body: z.string(),
  tags: z.array(z.string()),
  color: z.string(),
  visibility: z.enum(['PRIVATE', 'SEMINAR']),
  /** W3C selectors, positions in code points of the text of `revisionNumber`. */
  target: z.object({ exact: z.string(), prefix: z.string(), suffix: z.string(), start: z.number().int(), end: z.number().int() }),
  anchorStatus: z.enum(['exact', 'fuzzy', 'orphaned']),
  anchorScore: z.number(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean(),
});

const comment = z.object({
  id,
  threadId: id,
  parentId: id.nullable(),
  depth: z.number().int().nonnegative(),
  authorId: id,
  authorName: z.string(),
  body: z.string(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean(),
});

const reactionKind = z.enum(['AGREE', 'DISAGREE', 'INSIGHTFUL', 'SAME_QUESTION']);

export type AnnotationPayload = z.infer<typeof annotation>;
export type CommentPayload = z.infer<typeof comment>;

/**
 * Every event Glossa publishes, by type, with the schema of its payload. The API validates what it
 * writes against these in tests; the web client uses the inferred types.
 */
export const eventPayloadSchemas = {
  'member.joined': z.object({ seminarId: id, userId: id, displayName: z.string(), role }),
  'member.role_changed': z.object({ seminarId: id, userId: id, role }),
  'member.left': z.object({ seminarId: id, userId: id, removedBy: id.nullable() }),
  'seminar.invite_rotated': z.object({ seminarId: id, inviteCode: z.string() }),
  'reading.added': z.object({ seminarId: id, readingId: id, title: z.string(), author: z.string() }),
  'reading.revised': z.object({
    seminarId: id,
    readingId: id,
    revisionNumber: z.number().int().positive(),
    note: z.string(),
    reanchored: z.object({ exact: z.number().int(), fuzzy: z.number().int(), orphaned: z.number().int() }),
  }),
  'annotation.created': z.object({ annotation }),
  'annotation.updated': z.object({ annotation }),
  'annotation.deleted': z.object({ annotationId: id, readingId: id, seminarId: id }),
  /** The subject (annotation or claim) of the thread says where to show it. */
  'comment.created': z.object({ comment, subjectType: z.enum(['annotation', 'claim']), subjectId: id }),
  'comment.updated': z.object({ comment, subjectType: z.enum(['annotation', 'claim']), subjectId: id }),
  'comment.deleted': z.object({ commentId: id, threadId: id, subjectType: z.enum(['annotation', 'claim']), subjectId: id }),
  'reaction.changed': z.object({
    subjectType: z.enum(['annotation', 'comment', 'claim']),
    subjectId: id,
    userId: id,
    kind: reactionKind,
    added: z.boolean(),
    counts: z.record(reactionKind, z.number().int().nonnegative()),
  }),
  'notification.created': z.object({ notificationId: id, kind: z.enum(['MENTION']), seminarId: id, actorName: z.string(), excerpt: z.string(), readingId: id.nullable(), subjectType: z.string(), subjectId: id }),
} as const;

export type EventType = keyof typeof eventPayloadSchemas;
export type EventPayload<T extends EventType> = z.infer<(typeof eventPayloadSchemas)[T]>;

/** One published event as stored in the outbox and delivered to clients. */
export interface EventEnvelope<T extends EventType = EventType> {
  room: string;
  /** Position in the room's sequence: 1, 2, 3… without holes, in commit order. */
  seq: number;
  type: T;
  payload: EventPayload<T>;
  actorId: string | null;
  at: string;
}

export function isEventType(type: string): type is EventType {
  return Object.prototype.hasOwnProperty.call(eventPayloadSchemas, type);
}
