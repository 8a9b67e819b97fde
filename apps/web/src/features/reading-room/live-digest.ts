import type { EventEnvelope } from '@glossa/contracts';

/**
 * What screen readers hear of other members' live changes (docs/accessibility.md, Announcing
 * live changes): not one announcement per event, but a digest of what arrived in a few seconds.
 */
export interface LiveChange {
  kind: 'annotation' | 'reply';
  who: string;
}

/** A new annotation or reply by someone other than the viewer; anything else is not announced. */
export function liveChangeOf(event: EventEnvelope, viewerId: string | null): LiveChange | null {
  const payload = event.payload as { annotation?: { authorId: string; authorName: string }; comment?: { authorId: string; authorName: string } };
  if (event.type === 'annotation.created' && payload.annotation && payload.annotation.authorId !== viewerId) {
    return { kind: 'annotation', who: payload.annotation.authorName };
  }
  if (event.type === 'comment.created' && payload.comment && payload.comment.authorId !== viewerId) {
    return { kind: 'reply', who: payload.comment.authorName };
  }
  return null;
}

function count(n: number, one: string, many: string): string {
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

/** "New: 2 annotations and 1 reply, from Ben Carter and Ruth Okafor." */
export function describeLiveChanges(changes: readonly LiveChange[]): string {
  const annotations = changes.filter((c) => c.kind === 'annotation').length;
  const replies = changes.length - annotations;
  const what = [annotations && count(annotations, 'annotation', 'annotations'), replies && count(replies, 'reply', 'replies')].filter(Boolean).join(' and ');
  const people = [...new Set(changes.map((c) => c.who))];
  const from = people.length > 3 ? `${people.slice(0, 3).join(', ')} and ${people.length - 3} more` : people.join(people.length === 2 ? ' and ' : ', ');
  return `New: ${what}, from ${from}.`;
}
