import type { EventPayload, EventType } from '@glossa/contracts';

/** How one person is shown in a payload: the id and name a given audience may see. */
export type PersonMask = (userId: string, name: string) => { id: string; name: string };

/** The post types whose events carry an author; their moderators' and author's copies keep the name. */
export const AUTHORED_EVENT_TYPES = new Set<EventType>([
  'annotation.created',
  'annotation.updated',
  'comment.created',
  'comment.updated',
  'claim.created',
  'claim.updated',
]);

/** The people an event names (user ids), so their pseudonyms can be fetched in one statement. */
export function peopleNamed(type: EventType, payload: unknown): string[] {
  const p = payload as Record<string, Record<string, unknown> & { authorId?: string }>;
  switch (type) {
    case 'annotation.created':
    case 'annotation.updated':
      return [p['annotation'].authorId as string];
    case 'comment.created':
    case 'comment.updated':
      return [p['comment'].authorId as string];
    case 'claim.created':
    case 'claim.updated':
      return [p['claim'].authorId as string];
    case 'reaction.changed':
    case 'member.joined':
    case 'member.role_changed':
      return [(payload as { userId: string }).userId];
    case 'member.left': {
      const left = payload as EventPayload<'member.left'>;
      return left.removedBy ? [left.userId, left.removedBy] : [left.userId];
    }
    case 'live.session_changed':
      return [(payload as EventPayload<'live.session_changed'>).session.facilitatorId];
    case 'live.poll_changed':
      return ((payload as EventPayload<'live.poll_changed'>).poll.voters ?? []).map((v) => v.userId);
    case 'live.hands_changed': {
      const hands = payload as EventPayload<'live.hands_changed'>;
      return [...hands.queue.map((h) => h.userId), ...(hands.calledOn ? [hands.calledOn.userId] : [])];
    }
    default:
      return [];
  }
}

/**
 * `payload` with every person it names shown through `mask`, or null when the type names nobody
 * (notifications name their actor by name only; the caller masks that with the actor's id).
 */
export function maskPayload<T extends EventType>(type: T, payload: EventPayload<T>, mask: PersonMask): EventPayload<T> | null {
  const p = payload as Record<string, unknown>;
  const author = (key: string) => {
    const post = p[key] as { authorId: string; authorName: string };
    const shown = mask(post.authorId, post.authorName);
    return { ...p, [key]: { ...post, authorId: shown.id, authorName: shown.name } };
  };
  switch (type) {
    case 'annotation.created':
    case 'annotation.updated':
      return author('annotation') as EventPayload<T>;
    case 'comment.created':
    case 'comment.updated':
      return author('comment') as EventPayload<T>;
    case 'claim.created':
    case 'claim.updated':
      return author('claim') as EventPayload<T>;
    case 'reaction.changed':
    case 'member.role_changed':
      return { ...p, userId: mask(p['userId'] as string, '').id } as EventPayload<T>;
    case 'member.joined': {
      const shown = mask(p['userId'] as string, p['displayName'] as string);
      return { ...p, userId: shown.id, displayName: shown.name } as EventPayload<T>;
    }
    case 'member.left':
      return {
        ...p,
        userId: mask(p['userId'] as string, '').id,
        removedBy: p['removedBy'] ? mask(p['removedBy'] as string, '').id : null,
      } as EventPayload<T>;
    case 'live.session_changed':
    case 'live.poll_changed':
    case 'live.hands_changed':
      return maskLivePayload(type, payload, mask);
    default:
      return null;
  }
}

/** Live sessions' events (docs/live-sessions.md): the facilitator, named voters, the raised hands. */
function maskLivePayload<T extends EventType>(type: T, payload: EventPayload<T>, mask: PersonMask): EventPayload<T> {
  const person = <P extends { userId: string; displayName: string }>(p: P): P => {
    const shown = mask(p.userId, p.displayName);
    return { ...p, userId: shown.id, displayName: shown.name };
  };
  if (type === 'live.session_changed') {
    const { session } = payload as EventPayload<'live.session_changed'>;
    const shown = mask(session.facilitatorId, session.facilitatorName);
    return { ...payload, session: { ...session, facilitatorId: shown.id, facilitatorName: shown.name } };
  }
  if (type === 'live.poll_changed') {
    const { poll } = payload as EventPayload<'live.poll_changed'>;
    return { ...payload, poll: { ...poll, voters: poll.voters ? poll.voters.map(person) : null } };
  }
  const hands = payload as EventPayload<'live.hands_changed'>;
  return { ...hands, queue: hands.queue.map(person), calledOn: hands.calledOn ? person(hands.calledOn) : null } as EventPayload<T>;
}
