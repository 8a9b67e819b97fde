import { Injectable, Logger } from '@nestjs/common';
import { EventEnvelope, readingRoom } from '@glossa/contracts';
import { tracksPresence } from './presence-roster';
import { PresenceService } from './presence.service';
import { RealtimeServer } from './realtime-server';
import { RoomAccessService } from './room-access.service';
import { SessionRegistry } from './session-registry';

/**
 * When an assignment changes (a new hide-until-you-post, a later due date, an extension), who may
 * be in its reading's room may have shrunk (docs/assignments.md). Every socket in that room is
 * checked again, on every instance, and one that may no longer be there leaves it at once, so
 * nothing posted after the change reaches a member it is hidden from.
 */
@Injectable()
export class ReadingRoomRecheck {
  private readonly logger = new Logger('ReadingRoomRecheck');

  constructor(
    private readonly server: RealtimeServer,
    private readonly registry: SessionRegistry,
    private readonly access: RoomAccessService,
    private readonly presence: PresenceService,
  ) {}

  start(): void {
    this.server.io.on('reading:recheck', (readingId) => this.apply(readingId));
  }

  onCommitted(event: EventEnvelope): void {
    if (event.type !== 'assignment.changed') return;
    const { readingId } = event.payload as EventEnvelope<'assignment.changed'>['payload'];
    if (!readingId) return;
    this.apply(readingId);
    if (this.server.clustered) this.server.io.serverSideEmit('reading:recheck', readingId);
  }

  apply(readingId: string): void {
    const room = readingRoom(readingId);
    for (const session of this.registry.all()) {
      if (!session.rooms.has(room)) continue;
      this.access.authorize(session.viewer, { kind: 'reading', id: readingId }).then(
        () => undefined,
        (refusal: unknown) => {
          if (!session.rooms.has(room)) return;
          this.logger.debug(`leaving ${room}: ${String(refusal)}`);
          session.leave(room);
          session.socket.emit('unsubscribed', { room, reason: 'ACCESS_REVOKED' });
          if (tracksPresence(room)) this.presence.changed(room);
        },
      );
    }
  }
}
