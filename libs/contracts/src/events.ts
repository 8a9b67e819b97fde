import { z } from 'zod';
import { liveEventPayloadSchemas } from './live-events';
import { withdrawnEventPayloadSchemas } from './withdrawn-events';

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
  target: z.object({
    exact: z.string(),
    prefix: z.string(),
    suffix: z.string(),
    start: z.number().int(),
    end: z.number().int(),
  }),
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

const moderation = z.enum(['PENDING', 'VISIBLE', 'HIDDEN', 'REMOVED']);

const claim = z.object({
  id,
  debateId: id,
  parentId: id.nullable(),
  stance: z.enum(['PRO', 'CON']),
  authorId: id,
  authorName: z.string(),
  body: z.string(),
  threadId: id,
  moderation,
  pinned: z.boolean(),
  evidenceAnnotationIds: z.array(id),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  deleted: z.boolean(),
});

const debate = z.object({
  id,
  seminarId: id,
  motion: z.string(),
  proLabel: z.string(),
  conLabel: z.string(),
  status: z.enum(['OPEN', 'LOCKED', 'ARCHIVED']),
  moderationMode: z.enum(['OPEN', 'PRE_MODERATED']),
  slowModeSeconds: z.number().int().nonnegative(),
});

export type ClaimPayload = z.infer<typeof claim>;
export type DebatePayload = z.infer<typeof debate>;
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
  'seminar.updated': z.object({ seminarId: id, name: z.string(), description: z.string() }),
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
  'comment.deleted': z.object({
    commentId: id,
    threadId: id,
    subjectType: z.enum(['annotation', 'claim']),
    subjectId: id,
  }),
  'reaction.changed': z.object({
    subjectType: z.enum(['annotation', 'comment', 'claim']),
    subjectId: id,
    userId: id,
    kind: reactionKind,
    added: z.boolean(),
    counts: z.record(reactionKind, z.number().int().nonnegative()),
  }),
  'notification.created': z.object({
    notificationId: id,
    kind: z.enum(['MENTION', 'REPLY']),
    seminarId: id,
    actorName: z.string(),
    excerpt: z.string(),
    readingId: id.nullable(),
    subjectType: z.string(),
    subjectId: id,
  }),
  /**
   * To the seminar's room: an assignment was set, changed or withdrawn (docs/assignments.md). With
   * `readingId`, who may see that reading's posts may have changed: clients ask again.
   */
  'assignment.changed': z.object({ assignmentId: id, seminarId: id, readingId: id.nullable(), deleted: z.boolean() }),
  /**
   * To the member's own room: their post completed an assignment that hid the reading's other posts
   * from them, so they may now join the reading's room (replaying it from 0) and see everyone's.
   */
  'assignment.unlocked': z.object({ assignmentId: id, seminarId: id, readingId: id }),
  'debate.created': z.object({ debate }),
  'debate.updated': z.object({ debate }),
  /** To the debate room when published; to moderators and the author while pending. */
  'claim.created': z.object({ claim }),
  'claim.updated': z.object({ claim }),
  /** The claim left this audience's view (deleted, hidden or removed for members). */
  'claim.withdrawn': z.object({ claimId: id, debateId: id, reason: z.enum(['DELETED', 'HIDDEN', 'REMOVED']) }),
  'vote.changed': z.object({
    claimId: id,
    debateId: id,
    distribution: z.array(z.number().int().nonnegative()).length(5),
    mean: z.number().nullable(),
    votes: z.number().int(),
  }),
  'evidence.changed': z.object({ claimId: id, debateId: id, annotationIds: z.array(id) }),
  /** A post's moderation state changed, as its audience should see it. */
  'content.moderated': z.object({
    subjectType: z.enum(['annotation', 'comment', 'claim']),
    subjectId: id,
    moderation,
    pinned: z.boolean().optional(),
    locked: z.boolean().optional(),
  }),
  /** Moderators only: the audit entry of an action. */
  'moderation.applied': z.object({
    actionId: id,
    seminarId: id,
    moderatorId: id,
    moderatorName: z.string(),
    action: z.string(),
    subjectType: z.string(),
    subjectId: id,
    reason: z.string(),
    createdAt: z.string(),
  }),
  /** To the user's own room: that session signed out, so its sockets close. */
  'session.ended': z.object({ sessionId: id }),
  'flag.raised': z.object({
    flagId: id,
    seminarId: id,
    subjectType: z.enum(['annotation', 'comment', 'claim']),
    subjectId: id,
    reason: z.string(),
    reporterName: z.string(),
  }),
  'flag.closed': z.object({ flagId: id, seminarId: id, status: z.enum(['RESOLVED', 'DISMISSED']) }),
  ...liveEventPayloadSchemas,
  ...withdrawnEventPayloadSchemas,
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
