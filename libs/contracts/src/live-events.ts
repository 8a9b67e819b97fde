import { z } from 'zod';

const id = z.string().uuid();

/** A live session as everyone in its seminar sees it (docs/live-sessions.md). */
const liveSession = z.object({
  id,
  seminarId: id,
  subjectType: z.enum(['READING', 'DEBATE']),
  subjectId: id,
  title: z.string(),
  facilitatorId: id,
  facilitatorName: z.string(),
  startedAt: z.string(),
  endedAt: z.string().nullable(),
});

/** A passage (a selection or an annotation, in code points of the current revision) or a claim. */
const spotlight = z.object({
  id,
  kind: z.enum(['SELECTION', 'ANNOTATION', 'CLAIM']),
  annotationId: id.nullable(),
  claimId: id.nullable(),
  start: z.number().int().nonnegative().nullable(),
  end: z.number().int().nonnegative().nullable(),
  exact: z.string(),
  note: z.string(),
  createdAt: z.string(),
});

/** Where the facilitator is: a code-point offset in the reading, or a claim of the debate. */
const position = z.object({ offset: z.number().int().nonnegative().nullable(), claimId: id.nullable() });

/** A whole poll with its tally: every change carries the full state, so the last event is the truth. */
const poll = z.object({
  id,
  kind: z.enum(['CHOICE', 'AGREEMENT']),
  question: z.string(),
  options: z.array(z.string()),
  claimId: id.nullable(),
  anonymous: z.boolean(),
  open: z.boolean(),
  closedAt: z.string().nullable(),
  counts: z.array(z.number().int().nonnegative()),
  total: z.number().int().nonnegative(),
  /** Who chose what, only for polls that are not anonymous. */
  voters: z.array(z.object({ userId: id, displayName: z.string(), option: z.number().int() })).nullable(),
});

const round = z.object({
  id,
  prompt: z.string(),
  stance: z.enum(['PRO', 'CON']).nullable(),
  seconds: z.number().int().positive(),
  startedAt: z.string(),
  endsAt: z.string(),
  closedAt: z.string().nullable(),
});

const hand = z.object({ userId: id, displayName: z.string(), raisedAt: z.string() });

export type LiveSessionPayload = z.infer<typeof liveSession>;
export type LiveSpotlightPayload = z.infer<typeof spotlight>;
export type LivePositionPayload = z.infer<typeof position>;
export type LivePollPayload = z.infer<typeof poll>;
export type LiveRoundPayload = z.infer<typeof round>;
export type LiveHandPayload = z.infer<typeof hand>;

/**
 * Events of live sessions. `live.session_changed` goes to the session's room, its reading's or
 * debate's room and the seminar's room (so members see that a session is on); the rest go to the
 * session's room only, each carrying the whole state it changes.
 */
export const liveEventPayloadSchemas = {
  'live.session_changed': z.object({ session: liveSession }),
  'live.spotlighted': z.object({ sessionId: id, spotlight }),
  'live.position_moved': z.object({ sessionId: id, position }),
  'live.poll_changed': z.object({ sessionId: id, poll }),
  'live.round_changed': z.object({ sessionId: id, round }),
  'live.hands_changed': z.object({
    sessionId: id,
    queue: z.array(hand),
    /** The person the facilitator just called on, if that is what changed. */
    calledOn: z.object({ userId: id, displayName: z.string() }).nullable(),
  }),
} as const;
