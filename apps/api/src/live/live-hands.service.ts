import { Injectable } from '@nestjs/common';
import { liveSessionRoom } from '@glossa/contracts';
import type { Viewer } from '../auth/viewer';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ConflictError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { LiveAction } from './live-policy';
import { handPayload, HandRow, returned } from './live-rows';
import { LiveSessionsService } from './live-sessions.service';
import { LiveStateService } from './live-state.service';

/** The raise-hand queue: first raised, first listed; the facilitator calls on someone to take them off. */
@Injectable()
export class LiveHandsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly sessions: LiveSessionsService,
    private readonly state: LiveStateService,
    private readonly events: EventLog,
  ) {}

  /** Raises the viewer's hand; raising it again keeps its place. */
  raise(viewer: Viewer, sessionId: string): Promise<HandRow[]> {
    return this.transactions.run(async (tx) => {
      await this.sessions.lock(tx, viewer, sessionId, LiveAction.PARTICIPATE);
      const added: unknown[] = await tx.manager.query(
        'INSERT INTO live_hands (session_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id',
        [sessionId, viewer.userId],
      );
      return this.changed(tx, sessionId, added.length > 0, null, viewer.userId);
    });
  }

  /** Lowers the viewer's own hand (nothing to do if it was not raised). */
  lower(viewer: Viewer, sessionId: string): Promise<HandRow[]> {
    return this.transactions.run(async (tx) => {
      await this.sessions.lock(tx, viewer, sessionId, LiveAction.PARTICIPATE);
      const removed = returned(
        await tx.manager.query('DELETE FROM live_hands WHERE session_id = $1 AND user_id = $2 RETURNING user_id', [
          sessionId,
          viewer.userId,
        ]),
      );
      return this.changed(tx, sessionId, removed.length > 0, null, viewer.userId);
    });
  }

  /** The facilitator gives someone in the queue the floor; their hand goes down. */
  callOn(viewer: Viewer, sessionId: string, userId: string): Promise<HandRow[]> {
    return this.transactions.run(async (tx) => {
      await this.sessions.lock(tx, viewer, sessionId, LiveAction.FACILITATE);
      const [called] = returned<{ user_id: string; display_name: string }>(
        await tx.manager.query(
          `DELETE FROM live_hands h USING users u WHERE h.session_id = $1 AND h.user_id = $2 AND u.id = h.user_id
           RETURNING h.user_id, u.display_name`,
          [sessionId, userId],
        ),
      );
      if (!called) throw new ConflictError('That person’s hand is not raised.');
      return this.changed(
        tx,
        sessionId,
        true,
        { userId: called.user_id, displayName: called.display_name },
        viewer.userId,
      );
    });
  }

  private async changed(
    tx: Transaction,
    sessionId: string,
    changed: boolean,
    calledOn: { userId: string; displayName: string } | null,
    actorId: string,
  ): Promise<HandRow[]> {
    const queue = await this.state.hands(sessionId, tx.manager);
    if (changed) {
      await this.events.append(
        tx,
        liveSessionRoom(sessionId),
        'live.hands_changed',
        { sessionId, queue: queue.map(handPayload), calledOn },
        actorId,
      );
    }
    return queue;
  }
}
