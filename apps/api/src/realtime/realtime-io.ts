import type { ClientToServerEvents, PresenceUser, ServerToClientEvents } from '@glossa/contracts';
import type { Server, Socket } from 'socket.io';
import type { Role } from '../seminars/role';

/** A membership change, as every instance must apply it to its own sockets. */
export interface MembershipChange {
  seminarId: string;
  userId: string;
  /** The new role, or null when the person left or was removed. */
  role: Role | null;
}

/** Messages between API instances (through the Redis adapter's `serverSideEmit`). */
export interface InterServerEvents {
  /** "Who of yours is in this room?" Each peer answers with its local sockets' users. */
  'presence:query': (room: string, answer: (users: PresenceUser[]) => void) => void;
  'membership:changed': (change: MembershipChange) => void;
  /** A session was signed out: its sockets on every instance disconnect. */
  'session:ended': (ended: { userId: string; sessionId: string }) => void;
  /** An assignment changed who may see a reading's posts: every instance checks that room's sockets again. */
  'reading:recheck': (readingId: string) => void;
}

/** What a socket carries once authenticated (serialisable: it may cross instances). */
export interface SocketData {
  userId: string;
  displayName: string;
}

export type RealtimeIo = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type RealtimeSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
