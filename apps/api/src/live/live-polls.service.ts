import { Injectable } from '@nestjs/common';
import { LivePollPayload, liveSessionRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { ClaimReadsService } from '../debates/claim-reads.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { LiveAction } from './live-policy';
import { enforceLive } from './live-decision';
import { KeyedBatcher } from './keyed-batcher';
import { pollPayload, PollRow, returned, SESSION_COLUMNS, SessionRow } from './live-rows';
import { Role } from '../seminars/role';
import { LiveSessionsService } from './live-sessions.service';
import { LiveStateService } from './live-state.service';
import { AnswerLivePollInput, OpenLivePollInput } from './dto/live.inputs';

export const AGREEMENT_OPTIONS = ['Agree', 'Disagree'];
const noSuchPoll = () => new NotFoundError('No such poll, or you are not a member of its seminar.');

/**
 * Quick polls: one open at a time per session, one answer per person (changeable until the poll
 * closes), and a tally sent whole with every change, so the latest event is always the count.
 */
@Injectable()
export class LivePollsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly sessions: LiveSessionsService,
    private readonly state: LiveStateService,
    private readonly claims: ClaimReadsService,
    private readonly events: EventLog,
  ) {}

  async open(viewer: Viewer, input: OpenLivePollInput): Promise<PollRow> {
    const previous = input.clientId ? await this.byClientId(viewer.userId, input.clientId) : null;
    if (previous) return previous;
    const session = await this.sessions.get(viewer, input.sessionId);
    const shape = await this.shape(viewer, session.subject_type, session.subject_id, input);
    try {
      return await this.transactions.run(async (tx) => {
        await this.sessions.lock(tx, viewer, input.sessionId, LiveAction.FACILITATE);
        const [{ id }]: Array<{ id: string }> = await tx.manager.query(
          `INSERT INTO live_polls (session_id, kind, question, options, claim_id, anonymous, created_by, client_id)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id`,
          [
            input.sessionId,
            shape.kind,
            shape.question,
            shape.options,
            shape.claimId,
            input.anonymous,
            viewer.userId,
            input.clientId ?? null,
          ],
        );
        const poll = (await this.state.poll(id, tx.manager)) as PollRow;
        await this.publish(tx, poll, viewer.userId);
        return poll;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'live_polls_client_id_key')) {
        const first = await this.byClientId(viewer.userId, input.clientId);
        if (first) return first;
      }
      if (isUniqueViolation(error, 'live_polls_open_key')) {
        throw new ConflictError('A poll is already open in this session: close it first.');
      }
      throw error;
    }
  }

  /** Answers to one poll arriving together are written together (keyed-batcher.ts). */
  private readonly answers = new KeyedBatcher<{ viewer: Viewer; option: number }, PollRow>((pollId, items) =>
    this.answerTogether(pollId, items),
  );

  /**
   * Records (or changes) the viewer's answer. Answers to one poll are counted one transaction at a
   * time under the poll's row lock, so each event's tally includes every answer committed before it;
   * the answers that arrived meanwhile share the next transaction and its one event.
   */
  answer(viewer: Viewer, input: AnswerLivePollInput): Promise<PollRow> {
    return this.answers.run(input.pollId, { viewer, option: input.option });
  }

  private answerTogether(
    pollId: string,
    items: Array<{ viewer: Viewer; option: number }>,
  ): Promise<Array<PollRow | Error>> {
    return this.transactions.run(async (tx) => {
      const found = await this.state.poll(pollId, tx.manager);
      if (!found) return items.map(() => noSuchPoll());
      const rows: Array<SessionRow & { user_id: string; role: Role | null }> = await tx.manager.query(
        `SELECT ${SESSION_COLUMNS}, v.user_id,
                (SELECT m.role FROM memberships m WHERE m.seminar_id = s.seminar_id AND m.user_id = v.user_id) AS role
           FROM live_sessions s CROSS JOIN unnest($2::uuid[]) WITH ORDINALITY AS v(user_id, n)
          WHERE s.id = $1 ORDER BY v.n FOR SHARE OF s`,
        [found.session_id, items.map((i) => i.viewer.userId)],
      );
      const poll = (await this.state.poll(pollId, tx.manager, true)) as PollRow;
      const results: Array<PollRow | Error> = items.map(({ viewer, option }, i) => {
        const { user_id: _user, role, ...session } = rows[i];
        try {
          enforceLive(session, viewer, role, LiveAction.PARTICIPATE);
        } catch (error) {
          return error instanceof NotFoundError ? noSuchPoll() : (error as Error);
        }
        if (poll.closed_at) return new ConflictError('This poll is closed: its tally is final.');
        if (option >= poll.options.length) {
          return new BadUserInputError(`option must be between 0 and ${poll.options.length - 1}.`);
        }
        return poll;
      });
      // The last answer of a person in this batch is theirs.
      const latest = new Map<string, number>();
      items.forEach((item, i) => {
        if (!(results[i] instanceof Error)) latest.set(item.viewer.userId, item.option);
      });
      if (latest.size === 0) return results;
      const changed: Array<{ user_id: string }> = await tx.manager.query(
        `INSERT INTO live_poll_answers (poll_id, user_id, option_index)
         SELECT $1, a.user_id, a.option_index FROM unnest($2::uuid[], $3::int[]) AS a(user_id, option_index)
         ON CONFLICT (poll_id, user_id) DO UPDATE SET option_index = EXCLUDED.option_index, answered_at = clock_timestamp()
           WHERE live_poll_answers.option_index <> EXCLUDED.option_index
         RETURNING user_id`,
        [poll.id, [...latest.keys()], [...latest.values()]],
      );
      if (changed.length) await this.publish(tx, poll, changed[changed.length - 1].user_id);
      return results;
    });
  }

  /** Closes the poll: its tally is frozen from now on. */
  async close(viewer: Viewer, pollId: string): Promise<PollRow> {
    return this.transactions.run(async (tx) => {
      const poll = await this.lockPoll(tx, viewer, pollId, LiveAction.FACILITATE, false);
      const [closed] = returned<PollRow>(
        await tx.manager.query(
          `UPDATE live_polls SET closed_at = clock_timestamp() WHERE id = $1
           RETURNING id, session_id, kind, question, options, claim_id, anonymous, created_at, closed_at`,
          [poll.id],
        ),
      );
      await this.publish(tx, closed, viewer.userId);
      return closed;
    });
  }

  /** The poll with its tally as its session's members see it. */
  async payload(poll: PollRow): Promise<LivePollPayload> {
    return pollPayload(poll, await this.state.answers([poll.id]));
  }

  /** The viewer's own answer to each poll (null: none yet), batched per request. */
  async myAnswer(viewer: Viewer, pollId: string): Promise<number | null> {
    const rows: Array<{ option_index: number }> = await this.dataSource.query(
      'SELECT option_index FROM live_poll_answers WHERE poll_id = $1 AND user_id = $2',
      [pollId, viewer.userId],
    );
    return rows[0]?.option_index ?? null;
  }

  /** Session first (shared by answers, exclusive for the facilitator), then the poll: one lock order. */
  private async lockPoll(
    tx: Transaction,
    viewer: Viewer,
    pollId: string,
    action: LiveAction,
    share: boolean,
  ): Promise<PollRow> {
    const found = await this.state.poll(pollId, tx.manager);
    if (!found) throw noSuchPoll();
    await this.sessions.lock(tx, viewer, found.session_id, action, share).catch((error: unknown) => {
      throw error instanceof NotFoundError ? noSuchPoll() : error;
    });
    const poll = (await this.state.poll(pollId, tx.manager, true)) as PollRow;
    if (poll.closed_at) throw new ConflictError('This poll is closed: its tally is final.');
    return poll;
  }

  private async publish(tx: Transaction, poll: PollRow, actorId: string): Promise<void> {
    const answers = await this.state.answers([poll.id], tx.manager);
    await this.events.append(
      tx,
      liveSessionRoom(poll.session_id),
      'live.poll_changed',
      { sessionId: poll.session_id, poll: pollPayload(poll, answers) },
      actorId,
    );
  }

  private async shape(
    viewer: Viewer,
    subjectType: 'READING' | 'DEBATE',
    subjectId: string,
    input: OpenLivePollInput,
  ): Promise<{ kind: PollRow['kind']; question: string; options: string[]; claimId: string | null }> {
    if (input.claimId) {
      if (input.options) throw new BadUserInputError('An agree/disagree poll on a claim has no options of its own.');
      if (subjectType !== 'DEBATE') throw new BadUserInputError('This session is on a reading: it has no claims.');
      const claim = await this.claims.get(viewer, input.claimId);
      if (claim.debateId !== subjectId || claim.moderation !== 'VISIBLE' || claim.deletedAt) {
        throw new BadUserInputError('Poll on a visible claim of this session’s debate.');
      }
      const excerpt = claim.body.length > 200 ? `${claim.body.slice(0, 199)}…` : claim.body;
      const question = input.question?.trim() || `Do you agree: “${excerpt}”`;
      return { kind: 'AGREEMENT', question, options: AGREEMENT_OPTIONS, claimId: claim.id };
    }
    const question = input.question?.trim();
    const options = (input.options ?? []).map((o) => o.trim());
    if (!question) throw new BadUserInputError('A poll needs a question (or a claimId to agree or disagree on).');
    if (options.length < 2 || options.some((o) => !o) || new Set(options).size !== options.length) {
      throw new BadUserInputError('A poll needs 2 to 6 different, non-blank options.');
    }
    return { kind: 'CHOICE', question, options, claimId: null };
  }

  private async byClientId(userId: string, clientId: string): Promise<PollRow | null> {
    const rows: PollRow[] = await this.dataSource.query(
      `SELECT id, session_id, kind, question, options, claim_id, anonymous, created_at, closed_at
         FROM live_polls WHERE created_by = $1 AND client_id = $2`,
      [userId, clientId],
    );
    return rows[0] ?? null;
  }
}
