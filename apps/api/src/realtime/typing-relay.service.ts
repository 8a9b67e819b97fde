import { Injectable } from '@nestjs/common';
import { ClientMessage, parseRoom } from '@glossa/contracts';
import { RealtimeRefusal } from './realtime-refusal';
import type { SocketSession } from './socket-session';

/**
 * Relays "typing in thread T" to the other sockets of the room the thread is shown in. Ephemeral:
 * never stored, dropped rather than queued when a socket repeats itself within the throttle.
 * Threads hang off annotations (reading rooms) and claims (debate rooms).
 */
@Injectable()
export class TypingRelayService {
  relay(session: SocketSession, { room, threadId }: ClientMessage<'typing'>): void {
    const kind = parseRoom(room)?.kind;
    if (kind !== 'reading' && kind !== 'debate') {
      throw new RealtimeRefusal('BAD_MESSAGE', 'Typing is announced in reading and debate rooms only.');
    }
    if (!session.rooms.has(room)) throw new RealtimeRefusal('NOT_SUBSCRIBED', 'Subscribe to the room first.');
    if (!session.typing.allow(`${room}|${threadId}`)) return;
    session.socket.to(room).emit('typing', {
      room,
      threadId,
      userId: session.userId,
      displayName: session.viewer.displayName,
    });
  }
}
