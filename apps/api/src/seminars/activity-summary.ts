import type { EventEnvelope } from '@glossa/contracts';

/** One line of a seminar's recent activity, in words a member reads. */
export interface ActivityLine {
  summary: string;
  readingId: string | null;
  debateId: string | null;
}

const ROLE_WORDS: Record<string, string> = {
  OWNER: 'an owner',
  MODERATOR: 'a moderator',
  MEMBER: 'a member',
  OBSERVER: 'an observer',
};

const STATUS_WORDS: Record<string, string> = { OPEN: 'open', LOCKED: 'locked', ARCHIVED: 'archived' };

/**
 * What an event of a seminar's own room says, with people named by `nameOf`; null for events the
 * activity list does not show (the invite code goes to moderators only and never reaches this room).
 */
export function activityLine(event: EventEnvelope, nameOf: (userId: string | null) => string): ActivityLine | null {
  const actor = nameOf(event.actorId);
  const line = (summary: string, readingId: string | null = null, debateId: string | null = null) => ({
    summary,
    readingId,
    debateId,
  });
  const e = event as EventEnvelope<never> & { type: string; payload: Record<string, unknown> };
  const p = e.payload as never as Record<string, string> & { debate: Record<string, string> };
  switch (e.type) {
    case 'member.joined':
      return line(`${nameOf(p.userId)} joined the seminar`);
    case 'member.role_changed':
      return line(`${actor} made ${nameOf(p.userId)} ${ROLE_WORDS[p.role] ?? p.role}`);
    case 'member.left':
      return p.removedBy
        ? line(`${actor} removed ${nameOf(p.userId)} from the seminar`)
        : line(`${nameOf(p.userId)} left the seminar`);
    case 'seminar.updated':
      return line(`${actor} renamed the seminar “${p.name}” or changed its description`);
    case 'reading.added':
      return line(`${actor} added the reading “${p.title}”`, p.readingId);
    case 'reading.revised':
      return line(`${actor} revised a reading (revision ${p.revisionNumber})`, p.readingId);
    case 'debate.created':
      return line(`${actor} opened the debate “${p.debate.motion}”`, null, p.debate.id);
    case 'debate.updated':
      return line(
        `${actor} changed the debate “${p.debate.motion}” (now ${STATUS_WORDS[p.debate.status] ?? p.debate.status})`,
        null,
        p.debate.id,
      );
    default:
      return null;
  }
}
