import { Injectable } from '@nestjs/common';
import { moderatorsRoom } from '@glossa/contracts';
import { DataSource } from 'typeorm';
import { AnnotationModeration } from '../annotations/annotation-moderation';
import { AnnotationReadModel } from '../annotations/annotation-read-model';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { ClaimsService } from '../debates/claims.service';
import type { DebateEntity } from '../debates/debate.entity';
import { DebateStatus } from '../debates/debate-status';
import { DebatesService } from '../debates/debates.service';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../pagination/connection.model';
import { decodeCursor, encodeCursor } from '../pagination/cursor';
import { EventLog } from '../events/event-log';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ThreadsService } from '../threads/threads.service';
import { describeState, nextPostState, PostAction, PostState } from './moderation-rules';
import { Moderation } from '../posts/moderation-state';
import {
  DebateAction,
  FlagInput,
  ModerateDebateInput,
  ModeratePostInput,
  ModerationSubject,
  SUBJECT_TYPE,
  CloseFlagInput,
} from './moderation.inputs';
import { FlagModel, ModerationActionModel, ModerationQueueItemModel } from './moderation.models';

const SUBJECT_OF: Record<string, ModerationSubject> = {
  annotation: ModerationSubject.ANNOTATION,
  comment: ModerationSubject.REPLY,
  claim: ModerationSubject.CLAIM,
};

/**
 * The moderation desk: flags raised by members, the queue of pending posts and open flags, actions
 * on posts and debates (each with a reason, in the append-only audit log), and detection of two
 * moderators acting on one item at once (the second gets CONFLICT).
 */
@Injectable()
export class ModerationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly annotations: AnnotationModeration,
    private readonly annotationReadModel: AnnotationReadModel,
    private readonly threads: ThreadsService,
    private readonly claims: ClaimsService,
    private readonly debates: DebatesService,
    private readonly events: EventLog,
  ) {}

  async flag(viewer: Viewer, input: FlagInput): Promise<FlagModel> {
    const subject = await this.visibleSubject(viewer, input.subjectType, input.subjectId);
    await this.access.require(viewer, subject.seminarId, SeminarAction.FLAG);
    const type = SUBJECT_TYPE[input.subjectType];
    try {
      return await this.transactions.run(async (tx) => {
        const [row]: Array<{ id: string; created_at: Date }> = await tx.manager.query(
          'INSERT INTO flags (seminar_id, subject_type, subject_id, reporter_id, reason) VALUES ($1, $2, $3, $4, $5) RETURNING id, created_at',
          [subject.seminarId, type, input.subjectId, viewer.userId, input.reason.trim()],
        );
        await this.events.append(
          tx,
          moderatorsRoom(subject.seminarId),
          'flag.raised',
          {
            flagId: row.id,
            seminarId: subject.seminarId,
            subjectType: type,
            subjectId: input.subjectId,
            reason: input.reason.trim(),
            reporterName: viewer.displayName,
          },
          viewer.userId,
        );
        return this.flagModel({
          id: row.id,
          subject_type: type,
          subject_id: input.subjectId,
          reason: input.reason.trim(),
          status: 'OPEN',
          created_at: row.created_at,
          reporter_name: viewer.displayName,
        });
      });
    } catch (error) {
      if (isUniqueViolation(error, 'flags_one_open_per_reporter'))
        throw new ConflictError('You have already flagged this; the moderators will look at it.');
      throw error;
    }
  }

  async moderatePost(viewer: Viewer, input: ModeratePostInput): Promise<ModerationActionModel> {
    return this.transactions.run(async (tx) => {
      const type = SUBJECT_TYPE[input.subjectType];
      const apply = await this.lockPost(tx, viewer, input.subjectType, input.subjectId);
      const now = await apply.state();
      if (input.action === PostAction.LOCK_THREAD || input.action === PostAction.UNLOCK_THREAD) {
        if (input.subjectType === ModerationSubject.REPLY)
          throw new BadUserInputError('Lock the discussion through its annotation or claim.');
        const changed = await this.threads.setLocked(
          tx,
          apply.threadId as string,
          input.action === PostAction.LOCK_THREAD,
          { type: type as 'annotation' | 'claim', id: input.subjectId },
          viewer.userId,
        );
        if (!changed)
          throw new ConflictError(
            `This discussion is already ${input.action === PostAction.LOCK_THREAD ? 'locked' : 'unlocked'}.`,
          );
      } else {
        const next = nextPostState(input.action, now);
        if (!next)
          throw new ConflictError(
            `Cannot ${input.action.toLowerCase()}: this post is ${describeState(now)} (another moderator may have acted on it).`,
            { moderation: now.moderation, pinned: now.pinned },
          );
        await apply.to(next);
        if (input.action === PostAction.HIDE || input.action === PostAction.REMOVE) {
          // Acting on a flagged post settles its open flags.
          await tx.manager.query(
            `UPDATE flags SET status = 'RESOLVED', closed_by = $3, closed_at = clock_timestamp() WHERE subject_type = $1 AND subject_id = $2 AND status = 'OPEN'`,
            [type, input.subjectId, viewer.userId],
          );
        }
      }
      return this.record(tx, viewer, apply.seminarId, input.action, type, input.subjectId, input.reason, {
        before: now,
      });
    });
  }

  async moderateDebate(viewer: Viewer, input: ModerateDebateInput): Promise<DebateEntity> {
    return this.transactions.run(async (tx) => {
      const debate = await this.debates.lockForModeration(tx, input.debateId);
      await this.access.require(viewer, debate.seminarId, SeminarAction.MODERATE, tx.manager);
      const before = {
        status: debate.status,
        moderationMode: debate.moderationMode,
        slowModeSeconds: debate.slowModeSeconds,
      };
      const settings = this.debateSettings(debate, input);
      const saved = await this.debates.applySettings(tx, debate, settings, viewer.userId);
      await this.record(tx, viewer, debate.seminarId, `DEBATE_${input.action}`, 'debate', debate.id, input.reason, {
        before,
        after: settings,
      });
      return saved;
    });
  }

  async closeFlag(viewer: Viewer, input: CloseFlagInput): Promise<FlagModel> {
    return this.transactions.run(async (tx) => {
      const [flag]: Array<{
        id: string;
        seminar_id: string;
        subject_type: string;
        subject_id: string;
        reason: string;
        status: string;
        created_at: Date;
        reporter_name: string;
      }> = await tx.manager.query(
        `SELECT f.*, u.display_name AS reporter_name FROM flags f JOIN users u ON u.id = f.reporter_id WHERE f.id = $1 FOR UPDATE OF f`,
        [input.flagId],
      );
      if (!flag) throw new NotFoundError('No such flag.');
      await this.access.require(viewer, flag.seminar_id, SeminarAction.MODERATE, tx.manager);
      if (flag.status !== 'OPEN') throw new ConflictError(`This flag was already ${flag.status.toLowerCase()}.`);
      await tx.manager.query(
        'UPDATE flags SET status = $2, closed_by = $3, closed_at = clock_timestamp() WHERE id = $1',
        [flag.id, input.resolution, viewer.userId],
      );
      await this.events.append(
        tx,
        moderatorsRoom(flag.seminar_id),
        'flag.closed',
        { flagId: flag.id, seminarId: flag.seminar_id, status: input.resolution },
        viewer.userId,
      );
      await this.record(tx, viewer, flag.seminar_id, `FLAG_${input.resolution}`, 'flag', flag.id, input.reason, {
        subjectType: flag.subject_type,
        subjectId: flag.subject_id,
      });
      return this.flagModel({ ...flag, status: input.resolution });
    });
  }

  /** Pending posts and open flags of a seminar, oldest first. */
  async queue(viewer: Viewer, seminarId: string): Promise<ModerationQueueItemModel[]> {
    await this.access.require(viewer, seminarId, SeminarAction.MODERATE);
    const rows: Array<{
      kind: string;
      subject_type: string;
      subject_id: string;
      excerpt: string;
      author_name: string;
      moderation: Moderation;
      created_at: Date;
      flag_id: string | null;
      flag_reason: string | null;
      reporter_name: string | null;
      debate_id: string | null;
      reading_id: string | null;
      quote: string | null;
    }> = await this.dataSource.query(
      `WITH posts AS (
         SELECT 'annotation' AS subject_type, a.id, a.body, a.author_id, a.moderation, a.created_at, NULL::uuid AS debate_id, a.reading_id, a.quote_exact AS quote
           FROM annotations a WHERE a.seminar_id = $1
         UNION ALL
         SELECT 'comment', c.id, c.body, c.author_id, c.moderation, c.created_at, cl.debate_id, an.reading_id, NULL
           FROM comments c JOIN threads t ON t.id = c.thread_id
           LEFT JOIN claims cl ON t.subject_type = 'claim' AND cl.id = t.subject_id
           LEFT JOIN annotations an ON t.subject_type = 'annotation' AND an.id = t.subject_id
          WHERE c.seminar_id = $1
         UNION ALL
         SELECT 'claim', cl.id, cl.body, cl.author_id, cl.moderation, cl.created_at, cl.debate_id, NULL, NULL
           FROM claims cl WHERE cl.seminar_id = $1)
       SELECT 'PENDING_POST' AS kind, p.subject_type, p.id AS subject_id, left(p.body, 300) AS excerpt, u.display_name AS author_name, p.moderation,
              p.created_at, NULL AS flag_id, NULL AS flag_reason, NULL AS reporter_name, p.debate_id, p.reading_id, p.quote
         FROM posts p JOIN users u ON u.id = p.author_id WHERE p.moderation = 'PENDING'
       UNION ALL
       SELECT 'FLAG', f.subject_type, f.subject_id, left(p.body, 300), u.display_name, p.moderation,
              f.created_at, f.id, f.reason, r.display_name, p.debate_id, p.reading_id, p.quote
         FROM flags f JOIN posts p ON p.id = f.subject_id AND p.subject_type = f.subject_type
         JOIN users u ON u.id = p.author_id JOIN users r ON r.id = f.reporter_id
        WHERE f.seminar_id = $1 AND f.status = 'OPEN'
       ORDER BY created_at, subject_id`,
      [seminarId],
    );
    return rows.map((r) =>
      Object.assign(new ModerationQueueItemModel(), {
        kind: r.kind,
        subjectType: SUBJECT_OF[r.subject_type],
        subjectId: r.subject_id,
        excerpt: r.excerpt,
        authorName: r.author_name,
        moderation: r.moderation,
        createdAt: r.created_at,
        flag: r.flag_id
          ? this.flagModel({
              id: r.flag_id,
              subject_type: r.subject_type,
              subject_id: r.subject_id,
              reason: r.flag_reason ?? '',
              status: 'OPEN',
              created_at: r.created_at,
              reporter_name: r.reporter_name ?? '',
            })
          : null,
        debateId: r.debate_id,
        readingId: r.reading_id,
        quote: r.quote,
      }),
    );
  }

  /** The audit log of a seminar, newest first. */
  async log(
    viewer: Viewer,
    seminarId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ModerationActionModel>> {
    await this.access.require(viewer, seminarId, SeminarAction.MODERATE);
    const key = page.after ? decodeCursor(page.after) : null;
    const rows: Array<{
      id: string;
      action: string;
      subject_type: string;
      subject_id: string;
      reason: string;
      details: unknown;
      created_at: Date;
      moderator_name: string;
    }> = await this.dataSource.query(
      `SELECT a.*, u.display_name AS moderator_name FROM moderation_actions a JOIN users u ON u.id = a.moderator_id
        WHERE a.seminar_id = $1 AND ($2::timestamptz IS NULL OR (a.created_at, a.id) < ($2::timestamptz, $3::uuid))
        ORDER BY a.created_at DESC, a.id DESC LIMIT $4`,
      [seminarId, key?.at ?? null, key?.id ?? null, page.first + 1],
    );
    const edges = rows.slice(0, page.first).map((r) => ({
      cursor: encodeCursor({ at: new Date(r.created_at).toISOString(), id: r.id }),
      node: Object.assign(new ModerationActionModel(), {
        id: r.id,
        action: r.action,
        subjectType: r.subject_type,
        subjectId: r.subject_id,
        reason: r.reason,
        moderatorName: r.moderator_name,
        details: JSON.stringify(r.details),
        createdAt: r.created_at,
      }),
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > page.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  private debateSettings(
    debate: DebateEntity,
    input: ModerateDebateInput,
  ): Partial<Pick<DebateEntity, 'status' | 'moderationMode' | 'slowModeSeconds'>> {
    switch (input.action) {
      case DebateAction.LOCK:
        if (debate.status !== DebateStatus.OPEN)
          throw new ConflictError(`The debate is already ${debate.status.toLowerCase()}.`);
        return { status: DebateStatus.LOCKED };
      case DebateAction.UNLOCK:
        if (debate.status !== DebateStatus.LOCKED)
          throw new ConflictError(`The debate is ${debate.status.toLowerCase()}, not locked.`);
        return { status: DebateStatus.OPEN };
      case DebateAction.ARCHIVE:
        if (debate.status === DebateStatus.ARCHIVED) throw new ConflictError('The debate is already archived.');
        return { status: DebateStatus.ARCHIVED };
      case DebateAction.SET_SLOW_MODE:
        if (input.slowModeSeconds === undefined) throw new BadUserInputError('SET_SLOW_MODE needs slowModeSeconds.');
        return { slowModeSeconds: input.slowModeSeconds };
      case DebateAction.SET_MODERATION_MODE:
        if (!input.moderationMode) throw new BadUserInputError('SET_MODERATION_MODE needs moderationMode.');
        return { moderationMode: input.moderationMode };
    }
  }

  /** Locks the post, checks the moderator's rights, and offers its state and a way to change it. */
  private async lockPost(
    tx: Transaction,
    viewer: Viewer,
    subject: ModerationSubject,
    id: string,
  ): Promise<{
    seminarId: string;
    threadId: string | null;
    state(): Promise<PostState>;
    to(next: PostState): Promise<void>;
  }> {
    if (subject === ModerationSubject.ANNOTATION) {
      const a = await this.annotations.lockForModeration(tx, id);
      await this.access.require(viewer, a.seminarId, SeminarAction.MODERATE, tx.manager);
      return {
        seminarId: a.seminarId,
        threadId: a.threadId,
        state: async () => ({ moderation: a.moderation, pinned: a.pinnedAt !== null }),
        to: async (n) => void (await this.annotations.moderate(tx, a, n.moderation, n.pinned, viewer.userId)),
      };
    }
    if (subject === ModerationSubject.REPLY) {
      const { comment, thread } = await this.threads.lockReplyForModeration(tx, id);
      await this.access.require(viewer, comment.seminarId, SeminarAction.MODERATE, tx.manager);
      return {
        seminarId: comment.seminarId,
        threadId: null,
        state: async () => ({ moderation: comment.moderation, pinned: false }),
        to: async (n) => void (await this.threads.moderateReply(tx, comment, thread, n.moderation, viewer.userId)),
      };
    }
    const claim = await this.claims.lockForModeration(tx, id);
    await this.access.require(viewer, claim.seminarId, SeminarAction.MODERATE, tx.manager);
    return {
      seminarId: claim.seminarId,
      threadId: claim.threadId,
      state: async () => ({ moderation: claim.moderation, pinned: claim.pinnedAt !== null }),
      to: async (n) => void (await this.claims.moderate(tx, claim, n.moderation, n.pinned, viewer)),
    };
  }

  private async visibleSubject(viewer: Viewer, subject: ModerationSubject, id: string): Promise<{ seminarId: string }> {
    if (subject === ModerationSubject.ANNOTATION) return this.annotationReadModel.get(viewer, id);
    if (subject === ModerationSubject.REPLY) return this.threads.getReply(viewer, id);
    return this.claims.get(viewer, id);
  }

  /** Appends to the audit log (never updated: a database trigger forbids it) and tells the moderators. */
  private async record(
    tx: Transaction,
    viewer: Viewer,
    seminarId: string,
    action: string,
    subjectType: string,
    subjectId: string,
    reason: string,
    details: Record<string, unknown>,
  ): Promise<ModerationActionModel> {
    const [row]: Array<{ id: string; created_at: Date }> = await tx.manager.query(
      'INSERT INTO moderation_actions (seminar_id, moderator_id, action, subject_type, subject_id, reason, details) VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id, created_at',
      [seminarId, viewer.userId, action, subjectType, subjectId, reason.trim(), JSON.stringify(details)],
    );
    await this.events.append(
      tx,
      moderatorsRoom(seminarId),
      'moderation.applied',
      {
        actionId: row.id,
        seminarId,
        moderatorId: viewer.userId,
        moderatorName: viewer.displayName,
        action,
        subjectType,
        subjectId,
        reason: reason.trim(),
        createdAt: new Date(row.created_at).toISOString(),
      },
      viewer.userId,
    );
    return Object.assign(new ModerationActionModel(), {
      id: row.id,
      action,
      subjectType,
      subjectId,
      reason: reason.trim(),
      moderatorName: viewer.displayName,
      details: JSON.stringify(details),
      createdAt: row.created_at,
    });
  }

  private flagModel(row: {
    id: string;
    subject_type: string;
    subject_id: string;
    reason: string;
    status: string;
    created_at: Date;
    reporter_name: string;
  }): FlagModel {
    return Object.assign(new FlagModel(), {
      id: row.id,
      subjectType: SUBJECT_OF[row.subject_type],
      subjectId: row.subject_id,
      reason: row.reason,
      status: row.status,
      createdAt: row.created_at,
      reporterName: row.reporter_name,
    });
  }
}
