import type { ClientMessage } from './client-messages';
import type { EventEnvelope } from './events';

/** A page of a room's stored events, replayed in `seq` order after a subscribe or backfill. */
export interface ReplayMessage {
  room: string;
  events: EventEnvelope[];
}

/**
 * The end of a subscribe or backfill: every event of `room` up to `seq` has now been sent. `stale`
 * means the server did not replay (the backlog was too long, or the client's `since` lies ahead of
 * the room): the client should reload the room's state and continue from `seq`.
 */
export interface SyncedMessage {
  room: string;
  seq: number;
  stale?: boolean;
}

/** The room's latest `seq`, announced periodically so a client that missed a live event notices. */
export interface HeartbeatMessage {
  room: string;
  seq: number;
}

export interface PresenceUser {
  userId: string;
  displayName: string;
}

/** Who is in a reading room now: each person once, however many tabs they have open. */
export interface PresenceMessage {
  room: string;
  users: PresenceUser[];
}

export interface TypingMessage {
  room: string;
  threadId: string;
  userId: string;
  displayName: string;
}

export type UnsubscribeReason = 'REQUESTED' | 'ACCESS_REVOKED';

/** The socket left `room`: on request, or because its user lost the right to be there. */
export interface UnsubscribedMessage {
  room: string;
  reason: UnsubscribeReason;
}

export type RealtimeErrorCode =
  | 'BAD_MESSAGE'
  | 'UNKNOWN_MESSAGE'
  | 'TOO_LARGE'
  | 'RATE_LIMITED'
  | 'TOO_MANY_ROOMS'
  | 'NOT_SUBSCRIBED'
  /** The session was signed out; the socket is closed. */
  | 'SIGNED_OUT'
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'INTERNAL';

/** A refused client message. `event` names the message and `room` its room, when known. */
export interface RealtimeErrorMessage {
  code: RealtimeErrorCode;
  message: string;
  event?: string;
  room?: string;
}

/**
 * Why the handshake was refused: `connect_error`'s `data`. UNAUTHENTICATED and FORBIDDEN are final
 * (sign in again); UNAVAILABLE is the server's trouble and worth retrying.
 */
export interface ConnectRefusal {
  code: 'UNAUTHENTICATED' | 'FORBIDDEN' | 'UNAVAILABLE';
}

/** Socket.IO event map, server → client. */
export interface ServerToClientEvents {
  event: (event: EventEnvelope) => void;
  replay: (message: ReplayMessage) => void;
  synced: (message: SyncedMessage) => void;
  heartbeat: (message: HeartbeatMessage) => void;
  'presence.changed': (message: PresenceMessage) => void;
  typing: (message: TypingMessage) => void;
  unsubscribed: (message: UnsubscribedMessage) => void;
  error: (message: RealtimeErrorMessage) => void;
}

/** Socket.IO event map, client → server (validated by `clientMessageSchemas`). */
export interface ClientToServerEvents {
  subscribe: (message: ClientMessage<'subscribe'>) => void;
  unsubscribe: (message: ClientMessage<'unsubscribe'>) => void;
  backfill: (message: ClientMessage<'backfill'>) => void;
  typing: (message: ClientMessage<'typing'>) => void;
}

/** Where the API serves Socket.IO (its own HTTP port). */
export const SOCKET_PATH = '/socket.io';
