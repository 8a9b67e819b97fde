import { parseRoom, type PresenceUser } from '@glossa/contracts';

/** Rooms whose roster is announced: who is reading a reading, who is in a live session. */
export function tracksPresence(room: string): boolean {
  const kind = parseRoom(room)?.kind;
  return kind === 'reading' || kind === 'session';
}

/**
 * The people in a room from its sockets (possibly gathered from several instances): each person once,
 * however many tabs they have open, ordered by name so every client shows the same row.
 */
export function roster(entries: Iterable<PresenceUser>): PresenceUser[] {
  const byUser = new Map<string, PresenceUser>();
  for (const entry of entries) {
    if (!byUser.has(entry.userId)) byUser.set(entry.userId, { userId: entry.userId, displayName: entry.displayName });
  }
  return [...byUser.values()].sort(
    (a, b) => a.displayName.localeCompare(b.displayName) || a.userId.localeCompare(b.userId),
  );
}

/** A roster's identity, to tell whether it changed since it was last announced. */
export function rosterKey(users: readonly PresenceUser[]): string {
  return users.map((u) => u.userId).join(',');
}

/** Keeps well-formed entries from another instance's answer (it crossed Redis as JSON). */
export function presenceEntries(answer: unknown): PresenceUser[] {
  if (!Array.isArray(answer)) return [];
  return answer.filter(
    (entry): entry is PresenceUser =>
      typeof entry === 'object' &&
      entry !== null &&
      typeof (entry as PresenceUser).userId === 'string' &&
      typeof (entry as PresenceUser).displayName === 'string',
  );
}
