import type { Moderation, ModerationSubject } from '../../gql/graphql';

/** The fields of a queue item that grouping reads (the API's ModerationQueueItem). */
export interface QueueEntry {
  kind: string;
  subjectType: ModerationSubject;
  subjectId: string;
  excerpt: string;
  authorName: string;
  moderation: Moderation;
  createdAt: string;
  debateId: string | null;
  readingId: string | null;
  quote: string | null;
  flag: { id: string; reason: string; reporterName: string; createdAt: string } | null;
}

/** One post to review: whether it waits for approval, and every open flag on it. */
export interface QueueGroup<E extends QueueEntry> {
  key: string;
  post: E;
  pending: boolean;
  flags: Array<NonNullable<E['flag']>>;
  /** When it first needed a moderator: the queue is worked oldest first. */
  since: string;
}

/**
 * Groups the queue by post, as Discourse's review queue does: a post that waits for approval and
 * was flagged twice is one item to decide on, not three. Keeps the API's oldest-first order.
 */
export function groupQueue<E extends QueueEntry>(entries: readonly E[]): Array<QueueGroup<E>> {
  const groups = new Map<string, QueueGroup<E>>();
  for (const entry of entries) {
    const key = `${entry.subjectType}:${entry.subjectId}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, post: entry, pending: false, flags: [], since: entry.createdAt };
      groups.set(key, group);
    }
    if (entry.kind === 'PENDING_POST') group.pending = true;
    if (entry.flag) group.flags.push(entry.flag);
    if (entry.createdAt < group.since) group.since = entry.createdAt;
  }
  return [...groups.values()].sort((a, b) => (a.since < b.since ? -1 : a.since > b.since ? 1 : 0));
}
