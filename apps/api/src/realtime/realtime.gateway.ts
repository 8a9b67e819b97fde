import { ReadingRoomRecheck } from './reading-room-recheck.service';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ConnectRefusal, EventEnvelope, userRoom } from '@glossa/contracts';
import { AuthService } from '../auth/auth.service';
import type { SessionIdentity } from '../auth/viewer';
import { AccessRevocationService } from './access-revocation.service';
import { parseClientMessage, ParsedClientMessage } from './client-message-parser';
import { EventPublisher } from '../events/event-publisher';
import { credentialsFrom, isSameSite } from './handshake-credentials';
import { HeartbeatService } from './heartbeat.service';
import { tracksPresence } from './presence-roster';
import { PresenceService } from './presence.service';
import type { RealtimeSocket } from './realtime-io';
import { REALTIME_OPTIONS, RealtimeOptions } from './realtime-options';
import { realtimeError } from './realtime-refusal';
import { RealtimeServer } from './realtime-server';
import { SessionRegistry } from './session-registry';
import { SocketSession } from './socket-session';
import { SubscriptionsService } from './subscriptions.service';
import { TypingRelayService } from './typing-relay.service';

/**
 * The Socket.IO edge: authenticates handshakes, turns client messages into service calls (parse →
 * authorise → call), and delivers every committed event to its room. Thin on purpose; the rules
 * live in the services and pure functions it calls.
 */
@Injectable()
export class RealtimeGateway implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private readonly viewers = new WeakMap<RealtimeSocket, SessionIdentity>();
  private stopDelivering: (() => void) | null = null;

  constructor(
    private readonly server: RealtimeServer,
    private readonly auth: AuthService,
    private readonly registry: SessionRegistry,
    private readonly subscriptions: SubscriptionsService,
    private readonly typing: TypingRelayService,
    private readonly presence: PresenceService,
    private readonly heartbeat: HeartbeatService,
    private readonly revocation: AccessRevocationService,
    private readonly recheck: ReadingRoomRecheck,
    private readonly publisher: EventPublisher,
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
  ) {}

  onApplicationBootstrap(): void {
    const io = this.server.start();
    io.use((socket, next) => {
      this.authenticate(socket).then(
        () => next(),
        (error: Error) => next(error),
      );
    });
    io.on('connection', (socket) => this.connected(socket));
    this.presence.start();
    this.revocation.start();
    this.recheck.start();
    this.heartbeat.start();
    this.stopDelivering = this.publisher.subscribe((event) => this.deliver(event));
  }

  onApplicationShutdown(): void {
    this.stopDelivering?.();
  }

  /**
   * One emit per event, to its room: the room is the audience (libs/contracts rooms.ts), so no
   * per-socket filtering is needed, and with Redis the adapter carries it to the other instances.
   */
  private deliver(event: EventEnvelope): void {
    if (!this.server.running) return;
    this.server.io.to(event.room).emit('event', event);
    this.revocation.onCommitted(event);
    this.recheck.onCommitted(event);
  }

  private async authenticate(socket: RealtimeSocket): Promise<void> {
    const credentials = credentialsFrom(socket.handshake);
    if (!credentials) {
      throw refusal(
        'UNAUTHENTICATED',
        'Sign in first: connect with the session cookie, an Authorization: Bearer header or auth.token.',
      );
    }
    const { origin, host } = socket.handshake.headers;
    if (credentials.via === 'cookie' && !isSameSite(origin, host)) {
      throw refusal('FORBIDDEN', 'Connections authenticated by cookie must come from a page of this site.');
    }
    let viewer: SessionIdentity | null;
    try {
      viewer = await this.auth.authenticate(credentials.token);
    } catch (error) {
      this.logger.error(`handshake failed: ${String(error)}`);
      throw refusal('UNAVAILABLE', 'The server cannot check your session right now; try again.');
    }
    if (!viewer) throw refusal('UNAUTHENTICATED', 'This session has ended or its token is not valid: sign in again.');
    this.viewers.set(socket, viewer);
    socket.data = { userId: viewer.userId, displayName: viewer.displayName };
  }

  private connected(socket: RealtimeSocket): void {
    const viewer = this.viewers.get(socket);
    if (!viewer) {
      socket.disconnect(true);
      return;
    }
    const session = new SocketSession(socket, viewer, this.options);
    this.registry.add(session);
    // Every socket hears its user's own events (private annotations, notifications) unasked.
    session.join(userRoom(viewer.userId), null);
    socket.onAny((name: unknown, ...args: unknown[]) => this.received(session, String(name), args));
    socket.on('disconnecting', () => {
      for (const room of session.rooms.keys()) if (tracksPresence(room)) this.presence.changed(room);
    });
    socket.on('disconnect', () => this.registry.remove(session));
  }

  private received(session: SocketSession, name: string, args: unknown[]): void {
    if (!session.take()) {
      session.failRateLimited(name);
      return;
    }
    const outcome = parseClientMessage(name, args, this.options.maxMessageBytes);
    if (!outcome.ok) {
      session.fail(outcome.error);
      return;
    }
    const { message } = outcome;
    if (message.name === 'typing') {
      // Ephemeral and order-free: not queued behind database work.
      void this.handle(session, message);
      return;
    }
    if (!session.enqueue(() => this.handle(session, message))) session.failRateLimited(message.name);
  }

  private async handle(session: SocketSession, message: ParsedClientMessage): Promise<void> {
    try {
      switch (message.name) {
        case 'subscribe':
          return await this.subscriptions.subscribe(session, message.body);
        case 'unsubscribe':
          return await this.subscriptions.unsubscribe(session, message.body);
        case 'backfill':
          return await this.subscriptions.backfill(session, message.body);
        case 'typing':
          return await this.typing.relay(session, message.body);
      }
    } catch (error) {
      const reported = realtimeError(error, message.name, message.body.room);
      if (reported.code === 'INTERNAL') {
        this.logger.error(`${message.name} failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
      session.fail(reported);
    }
  }
}

/** A handshake refusal: the client's `connect_error` carries the message and `data.code`. */
function refusal(code: ConnectRefusal['code'], message: string): Error & { data: ConnectRefusal } {
  return Object.assign(new Error(message), { data: { code } });
}
