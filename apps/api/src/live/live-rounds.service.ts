import { Injectable } from '@nestjs/common';
import { liveSessionRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { LiveAction } from './live-policy';
import { returned, roundPayload, RoundRow } from './live-rows';
import { LiveSessionsService } from './live-sessions.service';
import { LiveStateService } from './live-state.service';
import { StartLiveRoundInput } from './dto/live.inputs';

const ROUND_RETURNING = 'RETURNING id, session_id, prompt, stance, seconds, started_at, ends_at, closed_at';

/**
 * Timed rounds: every screen counts down to `endsAt` and closes the round's composer then. The end
 * needs no event (everyone knows the time); closing early does.
 */
@Injectable()
export class LiveRoundsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly sessions: LiveSessionsService,
    private readonly state: LiveStateService,
    private readonly events: EventLog,
  ) {}

  async start(viewer: Viewer, input: StartLiveRoundInput): Promise<RoundRow> {
    const previous = input.clientId ? await this.byClientId(viewer.userId, input.clientId) : null;
    if (previous) return previous;
    try {
      return await this.transactions.run(async (tx) => {
        const { session } = await this.sessions.lock(tx, viewer, input.sessionId, LiveAction.FACILITATE);
        if (input.stance && session.subject_type !== 'DEBATE') {
          throw new BadUserInputError('A side (stance) belongs to rounds of a debate session.');
        }
        const running: unknown[] = await tx.manager.query(
          'SELECT id FROM live_rounds WHERE session_id = $1 AND closed_at IS NULL AND ends_at > clock_timestamp()',
          [input.sessionId],
        );
        if (running.length) throw new ConflictError('A round is running: let it finish or close it first.');
        const [round]: RoundRow[] = await tx.manager.query(
          `INSERT INTO live_rounds (session_id, prompt, stance, seconds, created_by, client_id, started_at, ends_at)
           VALUES ($1, $2, $3, $4::int, $5, $6, clock_timestamp(), clock_timestamp() + make_interval(secs => $4::int))
           ${ROUND_RETURNING}`,
          [
            input.sessionId,
            input.prompt.trim(),
            input.stance ?? null,
            input.seconds,
            viewer.userId,
            input.clientId ?? null,
          ],
        );
        await this.events.append(
          tx,
          liveSessionRoom(input.sessionId),
          'live.round_changed',
          { sessionId: input.sessionId, round: roundPayload(round) },
          viewer.userId,
        );
        return round;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'live_rounds_client_id_key')) {
        const first = await this.byClientId(viewer.userId, input.clientId);
        if (first) return first;
      }
      throw error;
    }
  }

  /** Ends a running round before its time is up. */
  async close(viewer: Viewer, roundId: string): Promise<RoundRow> {
    const found = await this.state.round(roundId);
    const notFound = new NotFoundError('No such round, or you are not a member of its seminar.');
    if (!found) throw notFound;
    return this.transactions.run(async (tx) => {
      await this.sessions.lock(tx, viewer, found.session_id, LiveAction.FACILITATE).catch((error: unknown) => {
        throw error instanceof NotFoundError ? notFound : error;
      });
      const [round] = returned<RoundRow>(
        await tx.manager.query(
          `UPDATE live_rounds SET closed_at = clock_timestamp()
            WHERE id = $1 AND closed_at IS NULL AND ends_at > clock_timestamp() ${ROUND_RETURNING}`,
          [roundId],
        ),
      );
      if (!round) throw new ConflictError('This round is already over.');
      await this.events.append(
        tx,
        liveSessionRoom(round.session_id),
        'live.round_changed',
        { sessionId: round.session_id, round: roundPayload(round) },
        viewer.userId,
      );
      return round;
    });
  }

  private async byClientId(userId: string, clientId: string): Promise<RoundRow | null> {
    const rows: RoundRow[] = await this.dataSource.query(
      `SELECT id, session_id, prompt, stance, seconds, started_at, ends_at, closed_at
         FROM live_rounds WHERE created_by = $1 AND client_id = $2`,
      [userId, clientId],
    );
    return rows[0] ?? null;
  }
}
