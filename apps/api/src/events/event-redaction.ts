import { Injectable } from '@nestjs/common';
import { Transaction } from '../database/transaction-runner';

export type WithdrawReason = 'DELETED' | 'PRIVATE' | 'HIDDEN' | 'REMOVED';
export type RedactedSubject = 'annotation' | 'comment' | 'claim';

/** Per subject: the content-bearing event types, where the post's id sits, and its tombstone. */
const TOMBSTONES: Record<RedactedSubject, { types: string[]; key: string; type: string; payload: string }> = {
  annotation: {
    types: ['annotation.created', 'annotation.updated'],
    key: 'annotation',
    type: 'annotation.withdrawn',
    payload: `jsonb_build_object('annotationId', payload->'annotation'->'id', 'readingId', payload->'annotation'->'readingId',
      'seminarId', payload->'annotation'->'seminarId', 'reason', $3::text)`,
  },
  comment: {
    types: ['comment.created', 'comment.updated'],
    key: 'comment',
    type: 'comment.withdrawn',
    payload: `jsonb_build_object('commentId', payload->'comment'->'id', 'threadId', payload->'comment'->'threadId',
      'subjectType', payload->'subjectType', 'subjectId', payload->'subjectId', 'reason', $3::text)`,
  },
  claim: {
    types: ['claim.created', 'claim.updated'],
    key: 'claim',
    type: 'claim.withdrawn',
    payload: `jsonb_build_object('claimId', payload->'claim'->'id', 'debateId', payload->'claim'->'debateId', 'reason', $3::text)`,
  },
};

/**
 * Rewrites the event log when a post leaves the members' view (docs/architecture.md, "Who may see
 * what"): in the moderation's or deletion's transaction, every earlier event of the members' room
 * that carried the post's text becomes its tombstone (same seq, so the room keeps no holes), and the
 * mention notifications it caused lose their excerpt. Replays then never serve what is now hidden.
 */
@Injectable()
export class EventRedaction {
  async withdraw(
    tx: Transaction,
    room: string,
    subject: { type: RedactedSubject; id: string },
    reason: WithdrawReason,
  ): Promise<void> {
    const t = TOMBSTONES[subject.type];
    await tx.manager.query(
      `UPDATE events SET type = '${t.type}', payload = ${t.payload}
        WHERE room = $1 AND type = ANY($4::text[]) AND payload->'${t.key}'->>'id' = $2`,
      [room, subject.id, reason, t.types],
    );
    if (subject.type !== 'comment') {
      // Its discussion goes with it: the replies of a withdrawn annotation or claim.
      const c = TOMBSTONES.comment;
      await tx.manager.query(
        `UPDATE events SET type = '${c.type}', payload = ${c.payload}
          WHERE room = $1 AND type = ANY($4::text[]) AND payload->>'subjectId' = $2`,
        [room, subject.id, reason, c.types],
      );
    }
    await tx.manager.query(
      `UPDATE events SET payload = jsonb_set(payload, '{excerpt}', '""')
        WHERE type = 'notification.created' AND payload->>'subjectId' = $1 AND payload->>'excerpt' <> ''`,
      [subject.id],
    );
  }
}
