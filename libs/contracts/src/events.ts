import { z } from 'zod';

const id = z.string().uuid();
const role = z.enum(['OWNER', 'MODERATOR', 'MEMBER', 'OBSERVER']);

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
