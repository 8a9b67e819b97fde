import { Injectable } from '@nestjs/common';
import { EventEnvelope, parseRoom } from '@glossa/contracts';
import { AuthService } from '../auth/auth.service';
import { Role } from '../seminars/role';
import { tracksPresence } from './presence-roster';
import { PresenceService } from './presence.service';
import type { MembershipChange } from './realtime-io';
import { RealtimeServer } from './realtime-server';
import { mayJoin } from './room-audience';
import { SessionRegistry } from './session-registry';

/**
 * Takes sockets out of the rooms their user may no longer be in, as soon as the membership change
 * commits: a removed member leaves the seminar's rooms, a demoted moderator the moderators' room.
 * The instance that committed the change tells its peers over Redis; each applies it to its own
 * sockets, using the seminar recorded with each joined room (no query).
 */
@Injectable()
export class AccessRevocationService {
  constructor(
    private readonly server: RealtimeServer,
    private readonly registry: SessionRegistry,
    private readonly presence: PresenceService,
    private readonly auth: AuthService,
  ) {}

  start(): void {
    this.server.io.on('membership:changed', (change) => this.apply(change));
    this.server.io.on('session:ended', (ended) => this.endSession(ended));
  }

  /** Called with every event committed on this instance; acts on membership changes and sign-outs. */
  onCommitted(event: EventEnvelope): void {
    if (event.type === 'session.ended') {
      const ended = {
        userId: event.actorId ?? '',
        sessionId: (event.payload as EventEnvelope<'session.ended'>['payload']).sessionId,
      };
      this.endSession(ended);
      if (this.server.clustered) this.server.io.serverSideEmit('session:ended', ended);
      return;
    }
    const change = membershipChange(event);
    if (!change) return;
    this.apply(change);
    if (this.server.clustered) this.server.io.serverSideEmit('membership:changed', change);
  }

  /**
   * Signing out ends the session everywhere: its open sockets are closed, not left listening, and
   * no instance takes it for one recently found valid any more.
   */
  endSession(ended: { userId: string; sessionId: string }): void {
    this.auth.forgetSession(ended.sessionId);
    for (const session of this.registry.forUser(ended.userId)) {
      if (session.viewer.sessionId !== ended.sessionId) continue;
      session.socket.emit('error', { code: 'SIGNED_OUT', message: 'You signed out.' });
      session.socket.disconnect(true);
    }
  }

  apply(change: MembershipChange): void {
    for (const session of this.registry.forUser(change.userId)) {
      session.accessEpoch += 1;
      for (const [room, seminarId] of session.rooms) {
        if (seminarId !== change.seminarId) continue;
        const kind = parseRoom(room)?.kind;
        if (!kind || kind === 'user' || mayJoin(kind, change.role)) continue;
        session.leave(room);
        session.socket.emit('unsubscribed', { room, reason: 'ACCESS_REVOKED' });
        if (tracksPresence(room)) this.presence.changed(room);
      }
    }
  }
}

function membershipChange(event: EventEnvelope): MembershipChange | null {
  if (event.type === 'member.left') {
    const { seminarId, userId } = event.payload as EventEnvelope<'member.left'>['payload'];
    return { seminarId, userId, role: null };
  }
  if (event.type === 'member.role_changed') {
    const { seminarId, userId, role } = event.payload as EventEnvelope<'member.role_changed'>['payload'];
    return { seminarId, userId, role: role as Role };
  }
  return null;
}
