import { Injectable } from '@nestjs/common';
import type { SocketSession } from './socket-session';

/** The sockets connected to this instance, by socket id and by user. */
@Injectable()
export class SessionRegistry {
  private readonly bySocket = new Map<string, SocketSession>();
  private readonly byUser = new Map<string, Set<SocketSession>>();

  add(session: SocketSession): void {
    this.bySocket.set(session.socket.id, session);
    const sessions = this.byUser.get(session.userId) ?? new Set<SocketSession>();
    sessions.add(session);
    this.byUser.set(session.userId, sessions);
  }

  remove(session: SocketSession): void {
    this.bySocket.delete(session.socket.id);
    const sessions = this.byUser.get(session.userId);
    sessions?.delete(session);
    if (sessions?.size === 0) this.byUser.delete(session.userId);
  }

  get(socketId: string): SocketSession | undefined {
    return this.bySocket.get(socketId);
  }

  forUser(userId: string): SocketSession[] {
    return [...(this.byUser.get(userId) ?? [])];
  }

  all(): SocketSession[] {
    return [...this.bySocket.values()];
  }

  get size(): number {
    return this.bySocket.size;
  }
}
