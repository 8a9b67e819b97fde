import { Injectable } from '@nestjs/common';
import { EventEnvelope, EventPayload, eventPayloadSchemas, EventType } from '@glossa/contracts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { Transaction } from '../database/transaction-runner';
import type { RequestLoaders } from '../batching/request-loaders';
import { EventPublisher } from './event-publisher';

interface EventRow {
  room: string;
  seq: string;
  type: EventType;
  payload: unknown;
  actor_id: string | null;
  created_at: Date;
}

/**
 * Every change is an event, written in the same transaction as the change and published only after
 * it commits (docs/design.md §Realtime: lossless by design). Clients that miss a published event read it
 * back with `since()`.
 */
@Injectable()
export class EventLog {
  constructor(
    private readonly dataSource: DataSource,
    private readonly publisher: EventPublisher,
  ) {}

  /**
   * Appends an event to `room` inside `tx`. Call it late in the transaction: taking the room's next
   * number locks the room's counter until commit, serialising writers of that room from here on.
   */
  async append<T extends EventType>(
    tx: Transaction,
    room: string,
    type: T,
    payload: EventPayload<T>,
    actorId: string | null,
  ): Promise<EventEnvelope<T>> {
    const checked = eventPayloadSchemas[type].parse(payload) as EventPayload<T>;
    const [row]: EventRow[] = await tx.manager.query(
      `WITH next AS (
         INSERT INTO room_sequences (room, seq) VALUES ($1, 1)
         ON CONFLICT (room) DO UPDATE SET seq = room_sequences.seq + 1
         RETURNING seq)
       INSERT INTO events (room, seq, type, payload, actor_id)
       SELECT $1, next.seq, $2, $3, $4 FROM next
       RETURNING room, seq, type, payload, actor_id, created_at`,
      [room, type, JSON.stringify(checked), actorId],
    );
    const event = toEnvelope(row) as EventEnvelope<T>;
    tx.afterCommit((committedAt) => this.publisher.publish(event, committedAt));
    return event;
  }

  /** The events of `room` after `seq`, oldest first (at most `limit`). */
  async since(room: string, seq: number, limit = 500): Promise<EventEnvelope[]> {
    const rows: EventRow[] = await this.dataSource.query(
      'SELECT room, seq, type, payload, actor_id, created_at FROM events WHERE room = $1 AND seq > $2 ORDER BY seq LIMIT $3',
      [room, seq, limit],
    );
    return rows.map(toEnvelope);
  }

  /** A room's latest `seq` through the request's loader: the rooms of a whole list in one statement. */
  latestSeq(loaders: RequestLoaders): DataLoader<string, number> {
    return loaders.for(
      this.latestSeq,
      () =>
        new DataLoader<string, number>(async (rooms) => {
          const latest = await this.latest([...rooms]);
          return rooms.map((room) => latest.get(room) ?? 0);
        }),
    );
  }

  /** The latest `seq` of each room (0 for a room without events). */
  async latest(rooms: string[]): Promise<Map<string, number>> {
    const rows: Array<{ room: string; seq: string }> = rooms.length
      ? await this.dataSource.query('SELECT room, seq FROM room_sequences WHERE room = ANY($1)', [rooms])
      : [];
    const latest = new Map(rooms.map((room) => [room, 0]));
    for (const row of rows) latest.set(row.room, Number(row.seq));
    return latest;
  }
}

function toEnvelope(row: EventRow): EventEnvelope {
  return {
    room: row.room,
    seq: Number(row.seq),
    type: row.type,
    payload: row.payload as EventEnvelope['payload'],
    actorId: row.actor_id,
    at: new Date(row.created_at).toISOString(),
  };
}
