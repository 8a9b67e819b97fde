import { Injectable } from '@nestjs/common';
import { debateRoom, liveSessionRoom, readingRoom, seminarRoom } from '@glossa/contracts';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { ClaimReadsService } from '../debates/claim-reads.service';
import { DebatesService } from '../debates/debates.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { ReadingsService } from '../readings/readings.service';
import { Role } from '../seminars/role';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { enforceLive, noSuchSession } from './live-decision';
import { LiveAction, mayTakePart } from './live-policy';
import { SESSION_COLUMNS, sessionPayload, SessionRow } from './live-rows';
import { LiveSummaryService } from './live-summary.service';
import { LiveSubjectType, StartLiveSessionInput } from './dto/live.inputs';

/** A locked session and the caller's role in its seminar. */
export interface LockedSession {
  session: SessionRow;
  role: Role | null;
}

/**
 * Live sessions on a reading or debate: starting, handing over, ending (with the summary), and the
 * lock every other live change takes first, so a session's changes apply one at a time and none
 * lands after it ended.
 */
@Injectable()
export class LiveSessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly readings: ReadingsService,
    private readonly debates: DebatesService,
    private readonly claims: ClaimReadsService,
    private readonly events: EventLog,
    private readonly summaries: LiveSummaryService,
  ) {}

  async start(viewer: Viewer, input: StartLiveSessionInput): Promise<SessionRow> {
    const previous = input.clientId ? await this.byClientId(viewer.userId, input.clientId) : null;
    if (previous) return previous;
    const subject =
      input.subjectType === LiveSubjectType.READING
        ? await this.readings.get(viewer, input.subjectId).then((r) => ({ seminarId: r.seminarId, title: r.title }))
        : await this.debates.get(viewer, input.subjectId).then((d) => ({ seminarId: d.seminarId, title: d.motion }));
    try {
      return await this.transactions.run(async (tx) => {
        // Starting is for those who may moderate (live-policy.ts, LiveAction.START).
        await this.access.require(viewer, subject.seminarId, SeminarAction.MODERATE, tx.manager);
        const [{ id }]: Array<{ id: string }> = await tx.manager.query(
          `INSERT INTO live_sessions (seminar_id, subject_type, subject_id, title, started_by, facilitator_id, client_id)
           VALUES ($1, $2, $3, $4, $5, $5, $6) RETURNING id`,
          [subject.seminarId, input.subjectType, input.subjectId, subject.title, viewer.userId, input.clientId ?? null],
        );
        const session = await this.read(tx, id);
        await this.publish(tx, session, viewer.userId);
        return session;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'live_sessions_client_id_key')) {
        const first = await this.byClientId(viewer.userId, input.clientId);
        if (first) return first;
      }
      if (isUniqueViolation(error, 'live_sessions_running_key')) {
        throw new ConflictError('A live session is already running here: join it, or end it first.');
      }
      throw error;
    }
  }

  /** Hands the facilitator role to a member who takes part (not an observer). */
  async handOver(viewer: Viewer, sessionId: string, userId: string): Promise<SessionRow> {
    return this.transactions.run(async (tx) => {
      const { session } = await this.lock(tx, viewer, sessionId, LiveAction.STEER);
      const [target]: Array<{ role: Role }> = await tx.manager.query(
        'SELECT role FROM memberships WHERE seminar_id = $1 AND user_id = $2',
        [session.seminar_id, userId],
      );
      if (!target || !mayTakePart(target.role)) {
        throw new BadUserInputError(
          'The facilitator must be a member of this seminar who takes part (not an observer).',
        );
      }
      if (session.facilitator_id === userId) return session;
      await tx.manager.query('UPDATE live_sessions SET facilitator_id = $2 WHERE id = $1', [sessionId, userId]);
      const changed = await this.read(tx, sessionId);
      await this.publish(tx, changed, viewer.userId);
      return changed;
    });
  }

  /**
   * Ends the session: closes its open poll and running round, clears the raised hands and saves
   * the summary, all in one transaction with their events.
   */
  async end(viewer: Viewer, sessionId: string): Promise<SessionRow> {
    const before = await this.get(viewer, sessionId);
    // Read before the transaction: on the embedded database a read outside it would wait for it.
    const claims = before.subject_type === 'DEBATE' ? await this.claims.ofDebate(viewer).load(before.subject_id) : [];
    return this.transactions.run(async (tx) => {
      const { session } = await this.lock(tx, viewer, sessionId, LiveAction.STEER);
      await this.summaries.closeOpenParts(tx, session, viewer.userId);
      await tx.manager.query('DELETE FROM live_hands WHERE session_id = $1', [sessionId]);
      const [{ now }]: Array<{ now: Date }> = await tx.manager.query('SELECT clock_timestamp() AS now');
      const summary = await this.summaries.build(tx, { ...session, ended_at: now }, claims);
      await tx.manager.query('UPDATE live_sessions SET ended_at = $2, summary_markdown = $3 WHERE id = $1', [
        sessionId,
        now,
        summary,
      ]);
      const ended = await this.read(tx, sessionId);
      await this.publish(tx, ended, viewer.userId);
      return ended;
    });
  }

  /**
   * Locks the session row for a change by `viewer` and checks `action`: NOT_FOUND for a non-member,
   * FORBIDDEN for a role that may not, CONFLICT once the session has ended. `share` lets many
   * participants' answers proceed side by side while a facilitator's change waits for them.
   */
  async lock(
    tx: Transaction,
    viewer: Viewer,
    sessionId: string,
    action: LiveAction,
    share = false,
  ): Promise<LockedSession> {
    const rows: Array<SessionRow & { viewer_role: Role | null }> = await tx.manager.query(
      `SELECT ${SESSION_COLUMNS},
              (SELECT m.role FROM memberships m WHERE m.seminar_id = s.seminar_id AND m.user_id = $2) AS viewer_role
         FROM live_sessions s WHERE s.id = $1 FOR ${share ? 'SHARE' : 'UPDATE'} OF s`,
      [sessionId, viewer.userId],
    );
    if (!rows[0]) throw noSuchSession();
    const { viewer_role: role, ...session } = rows[0];
    enforceLive(session, viewer, role, action);
    return { session, role };
  }

  /** A session the viewer may see. */
  async get(viewer: Viewer, sessionId: string): Promise<SessionRow> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM live_sessions s WHERE s.id = $1`,
      [sessionId],
    );
    if (!rows[0]) throw noSuchSession();
    const role = await this.access.roles(viewer).load(rows[0].seminar_id);
    enforceLive(rows[0], viewer, role, LiveAction.VIEW);
    return rows[0];
  }

  /** The seminar of a session the viewer may see (its real-time room's access check). */
  async seminarOfRoom(viewer: Viewer, sessionId: string): Promise<string> {
    return (await this.get(viewer, sessionId)).seminar_id;
  }

  /** The running session of each reading or debate (`READING:<id>`, `DEBATE:<id>`), batched per request. */
  running(viewer: Viewer): DataLoader<string, SessionRow | null> {
    return viewer.loaders.for(this.running, () => {
      return new DataLoader<string, SessionRow | null>(async (keys) => {
        const rows: SessionRow[] = await this.dataSource.query(
          `SELECT ${SESSION_COLUMNS} FROM live_sessions s
            WHERE s.ended_at IS NULL AND (s.subject_type || ':' || s.subject_id) = ANY($1)`,
          [[...keys]],
        );
        const bySubject = new Map(rows.map((r) => [`${r.subject_type}:${r.subject_id}`, r]));
        return keys.map((key) => bySubject.get(key) ?? null);
      });
    });
  }

  /** A seminar's sessions, newest first (the seminar was authorised by its query). */
  forSeminar(seminarId: string, limit: number): Promise<SessionRow[]> {
    return this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM live_sessions s WHERE s.seminar_id = $1 ORDER BY s.started_at DESC, s.id LIMIT $2`,
      [seminarId, limit],
    );
  }

  async read(tx: Transaction, sessionId: string): Promise<SessionRow> {
    const rows: SessionRow[] = await tx.manager.query(
      `SELECT ${SESSION_COLUMNS} FROM live_sessions s WHERE s.id = $1`,
      [sessionId],
    );
    if (!rows[0]) throw new NotFoundError('No such live session.');
    return rows[0];
  }

  /** The session changed: its room, its reading's or debate's room and the seminar's room hear it. */
  private async publish(tx: Transaction, session: SessionRow, actorId: string): Promise<void> {
    const payload = { session: sessionPayload(session) };
    const subjectRoom =
      session.subject_type === 'READING' ? readingRoom(session.subject_id) : debateRoom(session.subject_id);
    for (const room of [liveSessionRoom(session.id), subjectRoom, seminarRoom(session.seminar_id)]) {
      await this.events.append(tx, room, 'live.session_changed', payload, actorId);
    }
  }

  private async byClientId(userId: string, clientId: string): Promise<SessionRow | null> {
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT ${SESSION_COLUMNS} FROM live_sessions s WHERE s.started_by = $1 AND s.client_id = $2`,
      [userId, clientId],
    );
    return rows[0] ?? null;
  }
}
