import { Injectable } from '@nestjs/common';
import type { EventType } from '@glossa/contracts';
import type { Transaction } from '../database/transaction-runner';
import { maskPayload, peopleNamed } from './masked-payload';
import type { AnonymityScope } from './pseudonym';
import { PseudonymBook } from './pseudonym-book';
import { rows } from './queryable';

const NAMING_TYPES: EventType[] = [
  'annotation.created',
  'annotation.updated',
  'comment.created',
  'comment.updated',
  'claim.created',
  'claim.updated',
  'reaction.changed',
  'member.joined',
  'member.role_changed',
  'member.left',
  'live.session_changed',
  'live.poll_changed',
  'live.hands_changed',
];

/**
 * When a discussion becomes anonymous, the events its members' rooms already hold are rewritten in
 * place to pseudonyms (same room, same seq, as withdrawals are: docs/architecture.md), so a replay
 * from 0 tells a newcomer nothing the queries would not. Ids that are not people (already opaque)
 * are left as they are.
 */
@Injectable()
export class HistoryMasking {
  constructor(private readonly book: PseudonymBook) {}

  /** Rewrites the naming events of `rooms`, and the notifications `notificationIds` filter selects. */
  async mask(tx: Transaction, scope: AnonymityScope, rooms: string[], notificationsWhere: { sql: string; params: unknown[] }): Promise<number> {
    const found = await rows<{ room: string; seq: string; type: EventType; payload: unknown; actor_id: string | null }>(
      tx.manager,
      `SELECT room, seq, type, payload, actor_id FROM events WHERE room = ANY($1::text[]) AND type = ANY($2::text[])
       UNION ALL
       SELECT room, seq, type, payload, actor_id FROM events
        WHERE type = 'notification.created' AND room LIKE 'user:%' AND ${notificationsWhere.sql}`,
      [rooms, NAMING_TYPES, ...notificationsWhere.params],
    );
    const named = new Set<string>();
    for (const event of found) {
      const people = event.type === 'notification.created' ? [event.actor_id] : peopleNamed(event.type, event.payload);
      for (const id of people) if (id) named.add(id);
    }
    const pseudonyms = await this.book.ensure(tx.manager, scope, [...named]);
    const mask = (userId: string, name: string) => {
      const pseudonym = pseudonyms.get(userId);
      return pseudonym ? { id: pseudonym.opaqueId, name: pseudonym.name } : { id: userId, name };
    };
    let rewritten = 0;
    for (const event of found) {
      const reader = event.room.startsWith('user:') ? event.room.slice('user:'.length) : null;
      if (reader && reader === event.actor_id) continue;
      const payload =
        event.type === 'notification.created'
          ? { ...(event.payload as object), actorName: event.actor_id ? mask(event.actor_id, '').name : 'Someone' }
          : maskPayload(event.type, event.payload as never, mask);
      if (!payload) continue;
      await tx.manager.query('UPDATE events SET payload = $3, actor_id = NULL WHERE room = $1 AND seq = $2', [
        event.room,
        event.seq,
        JSON.stringify(payload),
      ]);
      rewritten++;
    }
    // A live session's other events (spotlights, polls opened, rounds) name nobody but their actor.
    await tx.manager.query(
      `UPDATE events SET actor_id = NULL WHERE room = ANY($1::text[]) AND room LIKE 'session:%' AND actor_id IS NOT NULL`,
      [rooms],
    );
    return rewritten;
  }
}
