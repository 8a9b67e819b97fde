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

/** An event about to be written, as a split sees it. */
export interface OutgoingEvent {
  room: string;
  type: EventType;
  payload: unknown;
  actorId: string | null;
}

/** One copy of an event for one audience. */
export interface AudienceCopy {
  room: string;
  payload: unknown;
  actorId: string | null;
}

/**
 * Decides, in the event's transaction, which copies an event is written as (the first in the room it
 * was meant for); null writes it as it is. Anonymity registers one (docs/anonymous-mode.md).
 */
export type AudienceSplit = (tx: Transaction, event: OutgoingEvent) => Promise<AudienceCopy[] | null>;

/**
 * Every change is an event, written in the same transaction as the change and published only after
 * it commits (docs/design.md §Realtime: lossless by design). Clients that miss a published event read it
 * back with `since()`.
 */
@Injectable()
export class EventLog {
  private split: AudienceSplit | null = null;

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
    const copies = this.split ? await this.split(tx, { room, type, payload, actorId }) : null;
    if (!copies) return this.write(tx, room, type, payload, actorId);
    const [first, ...others] = copies;
    const event = await this.write(tx, first.room, type, first.payload as EventPayload<T>, first.actorId);
    for (const copy of others) await this.write(tx, copy.room, type, copy.payload as EventPayload<T>, copy.actorId);
    return event;
  }

  /** Has `split` decide the audiences of every event from now on (one, registered at start-up). */
  useAudienceSplit(split: AudienceSplit): void {
    this.split = split;
  }

  private async write<T extends EventType>(
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
