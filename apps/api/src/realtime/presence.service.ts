import { Inject, Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { PresenceUser } from '@glossa/contracts';
import { AuthorMasks } from '../anonymity/author-masks';
import { presenceEntries, roster, rosterKey, tracksPresence } from './presence-roster';
import { REALTIME_OPTIONS, RealtimeOptions } from './realtime-options';
import { RealtimeServer } from './realtime-server';
import { SessionRegistry } from './session-registry';

/**
 * Who is reading which reading now: the users of a reading room's sockets, on every instance.
 * Ephemeral (never in the event log). A join or leave schedules one announcement per room after a
 * short debounce, so a burst of tabs opening costs one message, not one per tab per listener.
 * With several instances the announcing one asks its peers for their local users over Redis and
 * merges them; each instance also re-checks its rooms periodically, so a peer that died (and took
 * its sockets with it) disappears from the row within `presenceRefreshMs`.
 */
@Injectable()
export class PresenceService implements OnApplicationShutdown {
  private readonly logger = new Logger('Presence');
  private readonly scheduled = new Map<string, NodeJS.Timeout>();
  /** The roster this instance last announced per room, to skip periodic announcements of no change. */
  private readonly announced = new Map<string, string>();
  private refreshTimer: NodeJS.Timeout | null = null;

  constructor(
    private readonly server: RealtimeServer,
    private readonly registry: SessionRegistry,
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly masks: AuthorMasks,
  ) {}

  start(): void {
    this.server.io.on('presence:query', (room, answer) => answer(this.localUsers(room)));
    if (this.server.clustered) {
      this.refreshTimer = setInterval(() => void this.refresh(), this.options.presenceRefreshMs);
      this.refreshTimer.unref();
    }
  }

  /** A socket joined or left `room` (a reading or live session room): announce its roster soon. */
  changed(room: string): void {
    if (this.scheduled.has(room)) return;
    const timer = setTimeout(() => {
      this.scheduled.delete(room);
      void this.announce(room, false);
    }, this.options.presenceDebounceMs);
    timer.unref();
    this.scheduled.set(room, timer);
  }

  /** The users of this instance's sockets in `room`. */
  localUsers(room: string): PresenceUser[] {
    const socketIds = this.server.io.of('/').adapter.rooms.get(room) ?? new Set<string>();
    const users: PresenceUser[] = [];
    for (const id of socketIds) {
      const session = this.registry.get(id);
      if (session) users.push({ userId: session.userId, displayName: session.viewer.displayName });
    }
    return roster(users);
  }

  /** Everyone in `room`, across instances. A peer that does not answer in time is left out. */
  async rosterOf(room: string): Promise<PresenceUser[]> {
    const local = this.localUsers(room);
    if (!this.server.clustered) return local;
    const answers = await new Promise<unknown[]>((resolve) => {
      this.server.io.serverSideEmit('presence:query', room, (_error: Error | null, responses: unknown[]) =>
        resolve(responses ?? []),
      );
    });
    return roster([...local, ...answers.flatMap(presenceEntries)]);
  }

  onApplicationShutdown(): void {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
    for (const timer of this.scheduled.values()) clearTimeout(timer);
    this.scheduled.clear();
  }

  private async announce(room: string, onlyIfChanged: boolean): Promise<void> {
    if (!this.server.running) return;
    try {
      const users = await this.rosterOf(room);
      const key = rosterKey(users);
      if (onlyIfChanged && (this.announced.get(room) ?? '') === key) return;
      if (users.length === 0) this.announced.delete(room);
      else this.announced.set(room, key);
      const shown = await this.masks.forRoom(room, users.map((u) => ({ id: u.userId, displayName: u.displayName })));
      this.server.io.to(room).emit('presence.changed', { room, users: shown.map((u) => ({ userId: u.id, displayName: u.displayName })) });
    } catch (error) {
      this.logger.warn(`presence of ${room} not announced: ${String(error)}`);
    }
  }

  private async refresh(): Promise<void> {
    if (!this.server.running) return;
    const rooms = new Set<string>(this.announced.keys());
    for (const room of this.server.io.of('/').adapter.rooms.keys()) {
      if (tracksPresence(room)) rooms.add(room);
    }
    for (const room of rooms) await this.announce(room, true);
  }
}
