/**
 * Real-time rooms (docs/design.md §Realtime). Each room is one audience: everyone allowed to join it may
 * see every event in it, so a room's sequence numbers have no holes for any of its members.
 */
export type RoomKind = 'reading' | 'debate' | 'seminar' | 'moderators' | 'user' | 'session';

export interface RoomRef {
  kind: RoomKind;
  id: string;
}

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
const ROOM = new RegExp(`^(reading|debate|seminar|user|session):(${UUID})(:moderators)?$`, 'i');

export const readingRoom = (readingId: string) => `reading:${readingId}`;
export const debateRoom = (debateId: string) => `debate:${debateId}`;
export const seminarRoom = (seminarId: string) => `seminar:${seminarId}`;
/** Moderators and owners of a seminar: pending posts, flags, moderation details. */
export const moderatorsRoom = (seminarId: string) => `seminar:${seminarId}:moderators`;
/** A live seminar session: its spotlights, following position, polls, rounds and raised hands (members). */
export const liveSessionRoom = (sessionId: string) => `session:${sessionId}`;
/** One person's own events: private annotations, notifications. */
export const userRoom = (userId: string) => `user:${userId}`;

/** The room a name denotes, or null for anything that is not a well-formed room name. */
export function parseRoom(name: string): RoomRef | null {
  const match = ROOM.exec(name);
  if (!match) return null;
  const [, kind, id, moderators] = match;
  if (moderators) return kind === 'seminar' ? { kind: 'moderators', id: id.toLowerCase() } : null;
  return { kind: kind as RoomKind, id: id.toLowerCase() };
}

export function roomName(room: RoomRef): string {
  return room.kind === 'moderators' ? moderatorsRoom(room.id) : `${room.kind}:${room.id}`;
}
