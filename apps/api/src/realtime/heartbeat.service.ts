import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { parseRoom } from '@glossa/contracts';
import { EventLog } from '../events/event-log';
import { REALTIME_OPTIONS, RealtimeOptions } from './realtime-options';
import { RealtimeServer } from './realtime-server';

/**
 * Periodically tells each room's sockets on this instance the room's latest `seq` (one query for all
 * rooms). A live emit can be lost — the instance that committed died before emitting, or Redis
 * dropped a message — and the heartbeat is how a client notices and backfills (docs/design.md §Realtime).
 */
@Injectable()
export class HeartbeatService implements OnApplicationShutdown {
  private readonly logger = new Logger('Heartbeat');
  private timer: NodeJS.Timeout | null = null;
  private beating = false;

  constructor(
    private readonly server: RealtimeServer,
    private readonly log: EventLog,
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
  ) {}

  start(): void {
    this.timer = setInterval(() => void this.beat(), this.options.heartbeatMs);
    this.timer.unref();
  }

  /** Announces every locally subscribed room's latest `seq` now (a slow beat is skipped, not stacked). */
  async beat(): Promise<void> {
    if (this.beating || !this.server.running) return;
    this.beating = true;
    try {
      const io = this.server.io;
      const rooms = [...io.of('/').adapter.rooms.keys()].filter((room) => parseRoom(room) !== null);
      if (rooms.length === 0) return;
      const latest = await this.log.latest(rooms);
      // `local`: every instance announces to its own sockets; broadcasting would repeat it N times.
      for (const [room, seq] of latest) io.local.to(room).emit('heartbeat', { room, seq });
    } catch (error) {
      this.logger.warn(`heartbeat skipped: ${String(error)}`);
    } finally {
      this.beating = false;
    }
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
