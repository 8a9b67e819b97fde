import { Inject, Injectable } from '@nestjs/common';
import { ClientMessage, parseRoom } from '@glossa/contracts';
import { EventLog } from '../events/event-log';
import { Metrics } from '../observability/metrics';
import { tracksPresence } from './presence-roster';
import { PresenceService } from './presence.service';
import { REALTIME_OPTIONS, RealtimeOptions } from './realtime-options';
import { RealtimeRefusal } from './realtime-refusal';
import { RoomAccessService } from './room-access.service';
import type { SocketSession } from './socket-session';

/**
 * Subscribe, unsubscribe and backfill: joining a room after the membership check, and replaying the
 * room's stored events after the client's `since` (docs/design.md §Realtime, lossless by design).
 */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly log: EventLog,
    private readonly access: RoomAccessService,
    private readonly presence: PresenceService,
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly metrics: Metrics,
  ) {}

  /**
   * Joins before replaying: an event committed before the replay's query is in the table, and one
   * published after the join arrives live, so nothing falls between the two (the client drops
   * what it gets twice, by `seq`).
   */
  async subscribe(session: SocketSession, { room, since }: ClientMessage<'subscribe'>): Promise<void> {
    if (!session.rooms.has(room)) {
      if (session.rooms.size >= this.options.maxRoomsPerSocket) {
        throw new RealtimeRefusal(
          'TOO_MANY_ROOMS',
          `A connection may be in at most ${this.options.maxRoomsPerSocket} rooms.`,
        );
      }
      const ref = parseRoom(room);
      if (!ref) throw new RealtimeRefusal('BAD_MESSAGE', 'Not a room name.');
      const epoch = session.accessEpoch;
      const grant = await this.access.authorize(session.viewer, ref);
      if (!session.socket.connected) return;
      session.join(room, grant.seminarId);
      // A membership change landed while we checked: the check may have read the old role.
      if (session.accessEpoch !== epoch) {
        await this.access.authorize(session.viewer, ref).catch((error: unknown) => {
          session.leave(room);
          throw error;
        });
      }
      if (tracksPresence(room)) this.presence.changed(room);
    }
    await this.replay(session, room, since);
  }

  async unsubscribe(session: SocketSession, { room }: ClientMessage<'unsubscribe'>): Promise<void> {
    if (session.rooms.has(room)) {
      session.leave(room);
      if (tracksPresence(room)) this.presence.changed(room);
    }
    session.socket.emit('unsubscribed', { room, reason: 'REQUESTED' });
  }

  async backfill(session: SocketSession, { room, since }: ClientMessage<'backfill'>): Promise<void> {
    if (!session.rooms.has(room)) throw new RealtimeRefusal('NOT_SUBSCRIBED', 'Subscribe to the room first.');
    await this.replay(session, room, since);
  }

  /**
   * Sends the room's events after `since` in pages, then `synced` with the room's latest `seq`.
   * Without `since` the client only learns where the room stands. A backlog longer than `maxReplay`,
   * or a `since` ahead of the room, is not replayed: the client must reload (`stale`).
   */
  private async replay(session: SocketSession, room: string, since: number | undefined): Promise<void> {
    const latest = (await this.log.latest([room])).get(room) ?? 0;
    if (since === undefined) {
      session.socket.emit('synced', { room, seq: latest });
      return;
    }
    if (since > latest || latest - since > this.options.maxReplay) {
      session.socket.emit('synced', { room, seq: latest, stale: true });
      return;
    }
    let cursor = since;
    while (cursor < latest) {
      const events = await this.log.since(room, cursor, this.options.replayPageSize);
      // Revoked (or gone) while replaying: stop rather than send what the socket may no longer see.
      if (!session.rooms.has(room) || !session.socket.connected) return;
      if (events.length === 0) break;
      session.socket.emit('replay', { room, events });
      this.metrics.replayedEvents.inc(events.length);
      cursor = events[events.length - 1].seq;
    }
    session.socket.emit('synced', { room, seq: Math.max(latest, cursor) });
  }
}
