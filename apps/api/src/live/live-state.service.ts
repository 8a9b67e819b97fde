import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { AnswerRow, HandRow, PollRow, RoundRow, SpotlightRow } from './live-rows';

const SPOTLIGHT_COLUMNS = `id, session_id, kind, annotation_id, claim_id, position_start, position_end, exact, note, created_at`;
const POLL_COLUMNS = `id, session_id, kind, question, options, claim_id, anonymous, created_at, closed_at`;
const ROUND_COLUMNS = `id, session_id, prompt, stance, seconds, started_at, ends_at, closed_at`;

/**
 * Reads of a session's parts, inside a transaction (pass its manager) or not. Every list is in the
 * order things happened, so the last item is the current one.
 */
@Injectable()
export class LiveStateService {
  constructor(private readonly dataSource: DataSource) {}

  spotlights(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<SpotlightRow[]> {
    return manager.query(
      `SELECT ${SPOTLIGHT_COLUMNS} FROM live_spotlights WHERE session_id = $1 ORDER BY created_at, id`,
      [sessionId],
    );
  }

  polls(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<PollRow[]> {
    return manager.query(`SELECT ${POLL_COLUMNS} FROM live_polls WHERE session_id = $1 ORDER BY created_at, id`, [
      sessionId,
    ]);
  }

  async poll(pollId: string, manager: EntityManager = this.dataSource.manager, lock = false): Promise<PollRow | null> {
    const rows: PollRow[] = await manager.query(
      `SELECT ${POLL_COLUMNS} FROM live_polls WHERE id = $1${lock ? ' FOR UPDATE' : ''}`,
      [pollId],
    );
    return rows[0] ?? null;
  }

  /** Every answer of the polls, with who gave it, in the order they were given. */
  answers(pollIds: string[], manager: EntityManager = this.dataSource.manager): Promise<AnswerRow[]> {
    if (pollIds.length === 0) return Promise.resolve([]);
    return manager.query(
      `SELECT a.poll_id, a.user_id, u.display_name, a.option_index
         FROM live_poll_answers a JOIN users u ON u.id = a.user_id
        WHERE a.poll_id = ANY($1) ORDER BY a.answered_at, a.user_id`,
      [pollIds],
    );
  }

  rounds(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<RoundRow[]> {
    return manager.query(`SELECT ${ROUND_COLUMNS} FROM live_rounds WHERE session_id = $1 ORDER BY started_at, id`, [
      sessionId,
    ]);
  }

  async round(roundId: string, manager: EntityManager = this.dataSource.manager): Promise<RoundRow | null> {
    const rows: RoundRow[] = await manager.query(`SELECT ${ROUND_COLUMNS} FROM live_rounds WHERE id = $1`, [roundId]);
    return rows[0] ?? null;
  }

  /** The raise-hand queue, first raised first. */
  hands(sessionId: string, manager: EntityManager = this.dataSource.manager): Promise<HandRow[]> {
    return manager.query(
      `SELECT h.user_id, u.display_name, h.raised_at
         FROM live_hands h JOIN users u ON u.id = h.user_id
        WHERE h.session_id = $1 ORDER BY h.raised_at, h.user_id`,
      [sessionId],
    );
  }
}
