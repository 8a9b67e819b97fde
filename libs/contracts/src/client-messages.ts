import { z } from 'zod';
import { parseRoom, roomName } from './rooms';

/**
 * A room name in its canonical (lower-case) spelling. The server joins, emits and numbers rooms by
 * this exact string, so a client that spelled it otherwise would never match its own events.
 */
const room = z
  .string()
  .max(64)
  .refine((name) => {
    const parsed = parseRoom(name);
    return parsed !== null && roomName(parsed) === name;
  }, 'not a room name (reading:<id>, debate:<id>, seminar:<id>, seminar:<id>:moderators, user:<id> or session:<id>)');

const seq = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);

/**
 * What a client may send over the socket, by message name (docs/design.md §Realtime). The server parses
 * every message with these before acting on it; anything else gets an `error` event back.
 */
export const clientMessageSchemas = {
  /** Join a room. With `since`, the server first replays the room's events after it, in order. */
  subscribe: z.strictObject({ room, since: seq.optional() }),
  unsubscribe: z.strictObject({ room }),
  /** Replay a subscribed room's events after `since` (the client noticed a gap). */
  backfill: z.strictObject({ room, since: seq }),
  /** "I am typing in this thread"; relayed to the room, never stored. */
  typing: z.strictObject({ room, threadId: z.string().uuid() }),
} as const;

export type ClientMessageName = keyof typeof clientMessageSchemas;
export type ClientMessage<N extends ClientMessageName> = z.infer<(typeof clientMessageSchemas)[N]>;

export function isClientMessageName(name: string): name is ClientMessageName {
  return Object.prototype.hasOwnProperty.call(clientMessageSchemas, name);
}
