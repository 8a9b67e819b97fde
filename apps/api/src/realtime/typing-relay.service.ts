import { Injectable } from '@nestjs/common';
import { ClientMessage, parseRoom } from '@glossa/contracts';
import { AuthorMasks } from '../anonymity/author-masks';
import { ThreadsService } from '../threads/threads.service';
import { RealtimeRefusal } from './realtime-refusal';
import type { SocketSession } from './socket-session';

/**
 * Relays "typing in thread T" to the other sockets of the room the thread is shown in. Ephemeral:
 * never stored, dropped rather than queued when a socket repeats itself within the throttle.
 * Threads hang off annotations (reading rooms) and claims (debate rooms).
 */
@Injectable()
export class TypingRelayService {
  constructor(
    private readonly threads: ThreadsService,
    private readonly masks: AuthorMasks,
  ) {}

  async relay(session: SocketSession, { room, threadId }: ClientMessage<'typing'>): Promise<void> {
    const kind = parseRoom(room)?.kind;
    if (kind !== 'reading' && kind !== 'debate') {
      throw new RealtimeRefusal('BAD_MESSAGE', 'Typing is announced in reading and debate rooms only.');
    }
    if (!session.rooms.has(room)) throw new RealtimeRefusal('NOT_SUBSCRIBED', 'Subscribe to the room first.');
    if (!session.typing.allow(`${room}|${threadId}`)) return;
    // Only a thread shown in that room: not one of another reading, nor a private or held-back one
    // (whose room is its author's or the moderators'). Looked up at most once per throttle interval.
    if (!(await this.threads.shownIn(threadId, room)))
      throw new RealtimeRefusal('NOT_FOUND', 'No such discussion in this room.');
    const [shown] = await this.masks.forRoom(room, [{ id: session.userId, displayName: session.viewer.displayName }]);
    session.socket.to(room).emit('typing', { room, threadId, userId: shown.id, displayName: shown.displayName });
  }
}
