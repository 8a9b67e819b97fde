import { Injectable } from '@nestjs/common';
import { CommentPayload, moderatorsRoom, userRoom } from '@glossa/contracts';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { UserModel } from '../auth/user.model';
import { UsersService } from '../auth/users.service';
import { plainEntities } from '../database/plain-entities';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../errors/glossa-error';
import { loadAll } from '../batching/request-loaders';
import type { Viewer } from '../auth/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { Connection, mapConnection } from '../pagination/connection.model';
import { keysetPage, toConnection } from '../pagination/keyset-page';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { maySee, memberView, moderatable, PostFacts } from '../posts/post-visibility';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { decide, SeminarAction } from '../seminars/seminar-policy';
import { CommentEntity } from './comment.entity';
import { EditReplyInput, ReactInput, ReplyInput } from './dto/thread.inputs';
import { renderMarkdown } from '../posts/markdown';
import { acceptBody } from '../posts/post-text';
import { ReactionCounts } from './reaction-kind';
import { ReactionsService } from './reactions.service';
import { ReactionSummaryModel, ReplyModel } from './thread.models';
import { ThreadEntity } from './thread.entity';
import { ThreadSubject, ThreadSubjects } from './thread-subjects';
import { Moderation, moderationVisible } from '../posts/moderation-state';

/** Replies shown with each thread before the reader asks for more. */
export const FIRST_REPLIES = 20;

/** The replies a reply count counts: not deleted, not held back or hidden. */
const REPLY_COUNTED = `c.deleted_at IS NULL AND c.moderation = 'VISIBLE'`;

/** What a discussion shows about itself: how many replies, and whether moderators locked it. */
export interface ThreadState {
  replyCount: number;
  locked: boolean;
}

export interface ThreadPlacement {
  seminarId: string;
  subjectType: 'annotation' | 'claim';
  subjectId: string;
  room: string;
  privateTo: string | null;
  /** Passed on to notifications: the reading a reply is about, if any. */
  readingId?: string | null;
}

/** A reply as an import brings it in (interchange): parents are inserted with or before children. */
export interface ImportedReply {
  id: string;
  threadId: string;
  seminarId: string;
  parentId: string | null;
  depth: number;
  authorId: string;
  authorName: string;
  body: string;
  createdAt: Date | null;
  editedAt: Date | null;
  deletedAt: Date | null;
}

/**
 * Discussion threads: nested replies to any depth, edits, soft deletes that keep the thread's shape,
 * reactions and mentions. Used by annotations now and by debate claims later.
 */
@Injectable()
export class ThreadsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly reactions: ReactionsService,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly subjects: ThreadSubjects,
  ) {}

  /** Creates the (empty) thread of a new subject, inside the subject's transaction. */
  async open(tx: Transaction, placement: ThreadPlacement): Promise<ThreadEntity> {
    // A plain INSERT … RETURNING: every post opens one, and TypeORM's insert builder cost more CPU
    // than the statement (bench:annotation-writes).
    const thread = tx.manager.create(ThreadEntity, {
      id: randomUUID(),
      seminarId: placement.seminarId,
      subjectType: placement.subjectType,
      subjectId: placement.subjectId,
      room: placement.room,
      privateTo: placement.privateTo,
      lockedAt: null,
    });
    const [row]: Array<{ created_at: Date }> = await tx.manager.query(
      `INSERT INTO threads (id, seminar_id, subject_type, subject_id, room, private_to)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at`,
      [thread.id, thread.seminarId, thread.subjectType, thread.subjectId, thread.room, thread.privateTo],
    );
    thread.createdAt = row.created_at;
    return thread;
  }

  /** Moves a thread's events to another room (its annotation became private, or public). */
  async move(tx: Transaction, threadId: string, room: string, privateTo: string | null): Promise<void> {
    await tx.manager.update(ThreadEntity, { id: threadId }, { room, privateTo });
  }

  /** The thread if the viewer may see it and their role allows `action`; NOT_FOUND otherwise. */
  async authorize(
    viewer: Viewer,
    threadId: string,
    action: SeminarAction,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ThreadEntity> {
    return (await this.authorizeWithSubject(viewer, threadId, action, manager)).thread;
  }

  /**
   * As `authorize`, with the post the thread hangs from: someone who may not see that post (hidden,
   * pending) may not see or join its discussion either.
   */
  private async authorizeWithSubject(
    viewer: Viewer,
    threadId: string,
    action: SeminarAction,
    manager: EntityManager,
  ): Promise<{ thread: ThreadEntity; subject: ThreadSubject | null }> {
    const thread = await manager.findOneBy(ThreadEntity, { id: threadId });
    if (!thread || (thread.privateTo !== null && thread.privateTo !== viewer.userId))
      throw new NotFoundError('No such discussion.');
    const role = await this.access.require(viewer, thread.seminarId, action, manager);
    const subject = await this.subjects.of(manager, thread);
    const moderates = decide(role, SeminarAction.MODERATE) === 'ALLOW';
    if (subject && !maySee(subject.facts, { userId: viewer.userId, moderates }))
      throw new NotFoundError('No such discussion.');
    return { thread, subject };
  }

  async reply(viewer: Viewer, input: ReplyInput): Promise<CommentEntity> {
    const body = acceptBody(input.body, { required: true });
    const previous = input.clientId
      ? await this.dataSource.manager.findOneBy(CommentEntity, { authorId: viewer.userId, clientId: input.clientId })
      : null;
    if (previous) return previous;
    try {
      return await this.transactions.run(async (tx) => {
        const { thread, subject } = await this.authorizeWithSubject(
          viewer,
          input.threadId,
          SeminarAction.REPLY,
          tx.manager,
        );
        if (thread.lockedAt) throw new ForbiddenError('This discussion is locked by a moderator.');
        let depth = 0;
        if (input.parentId) {
          const parent = await tx.manager.findOneBy(CommentEntity, { id: input.parentId });
          if (!parent || parent.threadId !== thread.id)
            throw new BadUserInputError('parentId is not a reply in this discussion.');
          depth = parent.depth + 1;
        }
        const comment = await tx.manager.save(
          tx.manager.create(CommentEntity, {
            threadId: thread.id,
            seminarId: thread.seminarId,
            parentId: input.parentId ?? null,
            depth,
            authorId: viewer.userId,
            body,
            bodyHtml: renderMarkdown(body),
            clientId: input.clientId ?? null,
            editedAt: null,
            deletedAt: null,
          }),
        );
        await this.notifications.notifyMentions(tx, {
          seminarId: thread.seminarId,
          actor: viewer,
          body,
          subjectType: 'reply',
          subjectId: comment.id,
          readingId: subject?.readingId ?? null,
          audience: mentionAudienceOf(thread, subject),
        });
        await this.announce(tx, 'comment.created', comment, thread, subject, viewer);
        return comment;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'comments_client_id_key')) {
        return this.dataSource.manager.findOneByOrFail(CommentEntity, {
          authorId: viewer.userId,
          clientId: input.clientId,
        });
      }
      throw error;
    }
  }

  async edit(viewer: Viewer, input: EditReplyInput): Promise<CommentEntity> {
    const body = acceptBody(input.body, { required: true });
    return this.transactions.run(async (tx) => {
      const { comment, thread, subject } = await this.ownReply(tx, viewer, input.replyId, SeminarAction.REPLY);
      if (comment.deletedAt) throw new ConflictError('This reply was deleted.');
      if (thread.lockedAt) throw new ForbiddenError('This discussion is locked by a moderator.');
      comment.body = body;
      comment.bodyHtml = renderMarkdown(body);
      comment.editedAt = new Date();
      const saved = await tx.manager.save(comment);
      await this.announce(tx, 'comment.updated', saved, thread, subject, viewer);
      return saved;
    });
  }

  /** Soft-deletes one's own reply: its place in the thread stays, its text goes. */
  async remove(viewer: Viewer, replyId: string): Promise<CommentEntity> {
    return this.transactions.run(async (tx) => {
      const { comment, thread, subject } = await this.ownReply(tx, viewer, replyId, SeminarAction.VIEW);
      if (comment.deletedAt) return comment;
      const rooms = contentRoomsOf(comment, thread, subject);
      comment.deletedAt = new Date();
      const saved = await tx.manager.save(comment);
      await this.redaction.withdraw(tx, thread.room, { type: 'comment', id: comment.id }, 'DELETED');
      await this.notifications.forgetExcerpts(tx, comment.id);
      for (const to of rooms)
        await this.events.append(
          tx,
          to,
          'comment.deleted',
          { commentId: comment.id, threadId: thread.id, subjectType: thread.subjectType, subjectId: thread.subjectId },
          viewer.userId,
        );
      return saved;
    });
  }

  async reactToReply(viewer: Viewer, input: ReactInput): Promise<ReactionCounts> {
    return this.transactions.run(async (tx) => {
      const comment = await tx.manager.findOneBy(CommentEntity, { id: input.subjectId });
      if (!comment) throw new NotFoundError('No such reply.');
      const { thread, subject } = await this.authorizeWithSubject(
        viewer,
        comment.threadId,
        SeminarAction.REACT,
        tx.manager,
      );
      if (comment.deletedAt) throw new ConflictError('This reply was deleted.');
      const counts = await this.reactions.set(tx, 'comment', comment.id, viewer.userId, input.kind, input.active);
      for (const to of contentRoomsOf(comment, thread, subject))
        await this.events.append(
          tx,
          to,
          'reaction.changed',
          {
            subjectType: 'comment',
            subjectId: comment.id,
            userId: viewer.userId,
            kind: input.kind,
            added: input.active,
            counts,
          },
          viewer.userId,
        );
      return counts;
    });
  }

  /** One reply as the viewer may see it (NOT_FOUND otherwise). */
  async getReply(viewer: Viewer, replyId: string): Promise<CommentEntity> {
    const comment = await this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: replyId })
      .andWhere(moderationVisible('c'), { me: viewer.userId })
      .getOne();
    if (!comment) throw new NotFoundError('No such reply.');
    await this.authorize(viewer, comment.threadId, SeminarAction.VIEW);
    return comment;
  }

  /** Locks a reply for a moderation action; NOT_FOUND when there is none. */
  async lockReplyForModeration(
    tx: Transaction,
    replyId: string,
  ): Promise<{ comment: CommentEntity; thread: ThreadEntity }> {
    const comment = await tx.manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: replyId })
      .getOne();
    if (!comment) throw new NotFoundError('No such reply.');
    const thread = await tx.manager.findOneByOrFail(ThreadEntity, { id: comment.threadId });
    // A reply in a private thread does not exist for moderators.
    if (!moderatable(factsOf(comment, thread))) throw new NotFoundError('No such reply.');
    return { comment, thread };
  }

  async moderateReply(
    tx: Transaction,
    comment: CommentEntity,
    thread: ThreadEntity,
    moderation: Moderation,
    actorId: string,
  ): Promise<CommentEntity> {
    const before = memberView(factsOf(comment, thread));
    const subject = await this.subjects.of(tx.manager, thread);
    comment.moderation = moderation;
    const saved = await tx.manager.save(comment);
    const after = memberView(factsOf(saved, thread));
    const about = { subjectType: thread.subjectType, subjectId: thread.subjectId };
    const state = { subjectType: 'comment' as const, subjectId: saved.id, moderation };
    if (after !== 'content') {
      // Hidden or removed: members lose its text, in the log as well as live.
      const reason = moderation === Moderation.REMOVED ? 'REMOVED' : 'HIDDEN';
      await this.redaction.withdraw(tx, thread.room, { type: 'comment', id: saved.id }, reason);
      await this.notifications.forgetExcerpts(tx, saved.id);
      const ids = { commentId: saved.id, threadId: thread.id, ...about, reason } as const;
      await this.events.append(tx, thread.room, 'comment.withdrawn', ids, actorId);
    } else if (before !== 'content') {
      // Restored: the members' log has only its tombstones, so it arrives again with its content.
      const [author]: Array<{ displayName: string }> = await tx.manager.query(
        'SELECT display_name AS "displayName" FROM users WHERE id = $1',
        [saved.authorId],
      );
      const payload = { comment: this.payload(saved, author), ...about };
      for (const to of contentRoomsOf(saved, thread, subject))
        await this.events.append(tx, to, 'comment.updated', payload, actorId);
    } else {
      await this.events.append(tx, thread.room, 'content.moderated', state, actorId);
    }
    await this.events.append(tx, moderatorsRoom(saved.seminarId), 'content.moderated', state, actorId);
    await this.events.append(tx, userRoom(saved.authorId), 'content.moderated', state, actorId);
    return saved;
  }

  /** Locks or unlocks a discussion (no new replies while locked); false when it already was so. */
  async setLocked(
    tx: Transaction,
    threadId: string,
    locked: boolean,
    subject: { type: 'annotation' | 'claim'; id: string },
    actorId: string,
  ): Promise<boolean> {
    const thread = await tx.manager
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id: threadId })
      .getOneOrFail();
    if ((thread.lockedAt !== null) === locked) return false;
    thread.lockedAt = locked ? new Date() : null;
    await tx.manager.save(thread);
    const [row]: Array<{ moderation: Moderation }> = await tx.manager.query(
      `SELECT moderation FROM ${subject.type === 'annotation' ? 'annotations' : 'claims'} WHERE id = $1`,
      [subject.id],
    );
    await this.events.append(
      tx,
      thread.room,
      'content.moderated',
      { subjectType: subject.type, subjectId: subject.id, moderation: row?.moderation ?? Moderation.VISIBLE, locked },
      actorId,
    );
    return true;
  }

  replies(
    viewer: Viewer,
    threadId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<CommentEntity>> {
    const query = this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.thread_id = :threadId', { threadId })
      .andWhere(moderationVisible('c'), { me: viewer.userId });
    return keysetPage(query, page, (c) => c);
  }

  /**
   * A page of a thread as the API shows it: the first page of many threads comes from one batched
   * statement (`firstReplies`), any other page from its own.
   */
  async page(
    viewer: Viewer,
    threadId: string,
    page: { first: number; after?: string | null },
  ): Promise<Connection<ReplyModel>> {
    const entities =
      !page.after && page.first === FIRST_REPLIES
        ? await this.firstReplies(viewer).load(threadId)
        : await this.replies(viewer, threadId, page);
    const [models] = await this.withReplyModels(viewer, [entities]);
    return models;
  }

  /** One reply as a model with its author and reactions (after a reply, edit or delete). */
  async replyModel(viewer: Viewer, comment: CommentEntity): Promise<ReplyModel> {
    const [page] = await this.withReplyModels(viewer, [toConnection([comment], 1, (c) => c)]);
    return page.edges[0].node;
  }

  /**
   * Pages of replies as models with their authors and reactions, loaded for all the pages' replies
   * at once through the request's loaders: pages resolved together, and other authors and reactions
   * asked for in the same tick (the reading view's annotations'), share the statements.
   * Complete models resolve as plain values: a field resolver per reply for its author and
   * reactions was most of the reading view's time (bench/annotations, bench:reading-view).
   */
  async withReplyModels(
    viewer: Viewer,
    pages: ReadonlyArray<Connection<CommentEntity>>,
    knownReactions?: (key: string) => ReactionSummaryModel[],
  ): Promise<Array<Connection<ReplyModel>>> {
    const comments = pages.flatMap((page) => page.edges.map((edge) => edge.node));
    const keys = comments.map((comment) => `comment:${comment.id}`);
    const [authors, reactions] = await Promise.all([
      loadAll(this.users.byId(viewer.loaders), [...new Set(comments.map((comment) => comment.authorId))]),
      knownReactions ? keys.map(knownReactions) : loadAll(this.reactions.summaries(viewer), keys),
    ]);
    const authorsById = new Map<string, UserModel>();
    for (const author of authors) if (author) authorsById.set(author.id, UserModel.from(author));
    let next = 0;
    return pages.map((page) =>
      mapConnection(page, (comment) =>
        ReplyModel.from(
          comment,
          authorsById.get(comment.authorId) ?? UserModel.from({ id: comment.authorId, displayName: 'Former member' }),
          reactions[next++],
        ),
      ),
    );
  }

  /** The first page of replies of many threads, one statement for the request's threads. */
  firstReplies(viewer: Viewer): DataLoader<string, Connection<CommentEntity>> {
    return viewer.loaders.for(
      this.firstReplies,
      () =>
        new DataLoader<string, Connection<CommentEntity>>((threadIds) => this.firstPagesOf(viewer.userId, threadIds)),
    );
  }

  /** The first page of replies of each thread, in one statement (a window over each thread). */
  async firstPagesOf(viewerId: string | null, threadIds: readonly string[]): Promise<Array<Connection<CommentEntity>>> {
    if (threadIds.length === 0) return [];
    const rows = await plainEntities(
      this.dataSource
        .getRepository(CommentEntity)
        .createQueryBuilder('c')
        .where((qb) => {
          const ranked = qb
            .subQuery()
            .select('r.id')
            .from(
              (sub) =>
                sub
                  .select('x.id', 'id')
                  .addSelect('row_number() OVER (PARTITION BY x.thread_id ORDER BY x.created_at, x.id)', 'n')
                  .from(CommentEntity, 'x')
                  // One array parameter, not one per thread: thousands of them cost PostgreSQL parse time.
                  .where('x.thread_id = ANY(:threadIds::uuid[])', { threadIds })
                  .andWhere(moderationVisible('x'), { me: viewerId }),
              'r',
            )
            .where('r.n <= :limit', { limit: FIRST_REPLIES + 1 })
            .getQuery();
          return `c.id IN ${ranked}`;
        })
        .orderBy('c.created_at', 'ASC')
        .addOrderBy('c.id', 'ASC'),
    );
    const byThread = new Map<string, CommentEntity[]>();
    for (const row of rows) {
      const thread = byThread.get(row.threadId);
      if (thread) thread.push(row);
      else byThread.set(row.threadId, [row]);
    }
    return threadIds.map((id) => toConnection(byThread.get(id) ?? [], FIRST_REPLIES, (c) => c));
  }

  /** Each thread's reply count and whether it is locked, one statement for the request's threads. */
  states(viewer: Viewer): DataLoader<string, ThreadState> {
    return viewer.loaders.for(this.states, () => new DataLoader<string, ThreadState>((ids) => this.statesOf(ids)));
  }

  /** `states` for many threads at once, in their order (a thread that does not exist: 0, unlocked). */
  async statesOf(threadIds: readonly string[]): Promise<ThreadState[]> {
    if (threadIds.length === 0) return [];
    const rows: Array<{ id: string; locked: boolean; reply_count: number }> = await this.dataSource.query(
      `SELECT t.id, t.locked_at IS NOT NULL AS locked,
              (SELECT count(*) FROM comments c WHERE c.thread_id = t.id AND ${REPLY_COUNTED})::int AS reply_count
         FROM threads t WHERE t.id = ANY($1::uuid[])`,
      [threadIds],
    );
    const byId = new Map(rows.map((row) => [row.id, { replyCount: row.reply_count, locked: row.locked }]));
    return threadIds.map((id) => byId.get(id) ?? { replyCount: 0, locked: false });
  }

  payload(comment: CommentEntity, author: { displayName: string }): CommentPayload {
    return {
      id: comment.id,
      threadId: comment.threadId,
      parentId: comment.parentId,
      depth: comment.depth,
      authorId: comment.authorId,
      authorName: author.displayName,
      body: comment.deletedAt ? '' : comment.body,
      createdAt: comment.createdAt.toISOString(),
      editedAt: comment.editedAt ? comment.editedAt.toISOString() : null,
      deleted: comment.deletedAt !== null,
    };
  }

  /** Opens the (empty) threads of many new subjects at once (an import), inside its transaction. */
  async openMany(tx: Transaction, placements: Array<ThreadPlacement & { id: string }>): Promise<void> {
    if (placements.length === 0) return;
    await tx.manager.query(
      `INSERT INTO threads (id, seminar_id, subject_type, subject_id, room, private_to)
       SELECT id, seminar_id, subject_type, subject_id, room, private_to
         FROM jsonb_to_recordset($1::jsonb)
           AS p(id uuid, seminar_id uuid, subject_type text, subject_id uuid, room text, private_to uuid)`,
      [
        JSON.stringify(
          placements.map((p) => ({
            id: p.id,
            seminar_id: p.seminarId,
            subject_type: p.subjectType,
            subject_id: p.subjectId,
            room: p.room,
            private_to: p.privateTo,
          })),
        ),
      ],
    );
  }

  /**
   * The replies the viewer may see in these threads, oldest first, deleted ones included (they keep
   * their place in the thread): for export. Held-back or hidden replies travel only with their
   * author's own export.
   */
  exportableReplies(viewer: Viewer, threadIds: string[]): Promise<CommentEntity[]> {
    if (threadIds.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .innerJoin(ThreadEntity, 't', 't.id = c.thread_id')
      .where('c.thread_id = ANY(:threadIds)', { threadIds })
      .andWhere('(t.private_to IS NULL OR t.private_to = :me)', { me: viewer.userId })
      .andWhere(`(c.moderation IN ('VISIBLE', 'REMOVED') OR c.author_id = :me)`)
      .orderBy('c.created_at')
      .addOrderBy('c.id')
      .getMany();
  }

  /** Which of `ids` are replies in this seminar, with their thread's placement (an import skips those). */
  async repliesInSeminar(
    seminarId: string,
    ids: string[],
    manager: EntityManager,
  ): Promise<Map<string, { threadId: string; depth: number; privateTo: string | null }>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; thread_id: string; depth: number; private_to: string | null }> =
      await manager.query(
        `SELECT c.id, c.thread_id, c.depth, t.private_to FROM comments c JOIN threads t ON t.id = c.thread_id
          WHERE c.seminar_id = $1 AND c.id = ANY($2::uuid[])`,
        [seminarId, ids],
      );
    return new Map(rows.map((r) => [r.id, { threadId: r.thread_id, depth: r.depth, privateTo: r.private_to }]));
  }

  /**
   * Inserts replies copied in by an import, in its transaction, with their `comment.created`
   * events. Mentions in them notify no one: they were made elsewhere, at another time.
   */
  async insertImported(tx: Transaction, actor: Viewer, rows: ImportedReply[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.manager.query(
      `INSERT INTO comments (id, thread_id, seminar_id, parent_id, depth, author_id, body, body_html, created_at,
         edited_at, deleted_at)
       SELECT id, thread_id, seminar_id, parent_id, depth, author_id, body, body_html,
              coalesce(created_at, clock_timestamp()), edited_at, deleted_at
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, thread_id uuid, seminar_id uuid, parent_id uuid, depth int,
           author_id uuid, body text, body_html text, created_at timestamptz, edited_at timestamptz,
           deleted_at timestamptz)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            thread_id: r.threadId,
            seminar_id: r.seminarId,
            parent_id: r.parentId,
            depth: r.depth,
            author_id: r.authorId,
            body: r.body,
            body_html: renderMarkdown(r.body),
            created_at: r.createdAt,
            edited_at: r.editedAt,
            deleted_at: r.deletedAt,
          })),
        ),
      ],
    );
    const threads = new Map(
      (
        await tx.manager
          .getRepository(ThreadEntity)
          .createQueryBuilder('t')
          .where('t.id = ANY(:ids)', { ids: [...new Set(rows.map((r) => r.threadId))] })
          .getMany()
      ).map((t) => [t.id, t]),
    );
    const saved = await tx.manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.id = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .orderBy('c.depth')
      .addOrderBy('c.created_at')
      .getMany();
    const names = new Map(rows.map((r) => [r.id, r.authorName]));
    for (const comment of saved) {
      const thread = threads.get(comment.threadId) as ThreadEntity;
      await this.events.append(
        tx,
        thread.room,
        'comment.created',
        {
          comment: this.payload(comment, { displayName: names.get(comment.id) ?? '' }),
          subjectType: thread.subjectType,
          subjectId: thread.subjectId,
        },
        actor.userId,
      );
    }
  }

  /** Sends a reply's text to everyone who may read it (`contentRoomsOf`). */
  private async announce(
    tx: Transaction,
    type: 'comment.created' | 'comment.updated',
    comment: CommentEntity,
    thread: ThreadEntity,
    subject: ThreadSubject | null,
    viewer: Viewer,
  ): Promise<void> {
    const payload = {
      comment: this.payload(comment, viewer),
      subjectType: thread.subjectType,
      subjectId: thread.subjectId,
    };
    for (const to of contentRoomsOf(comment, thread, subject))
      await this.events.append(tx, to, type, payload, viewer.userId);
  }

  private async ownReply(
    tx: Transaction,
    viewer: Viewer,
    replyId: string,
    action: SeminarAction,
  ): Promise<{ comment: CommentEntity; thread: ThreadEntity; subject: ThreadSubject | null }> {
    const comment = await tx.manager
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: replyId })
      .getOne();
    if (!comment) throw new NotFoundError('No such reply.');
    const { thread, subject } = await this.authorizeWithSubject(viewer, comment.threadId, action, tx.manager);
    if (comment.authorId !== viewer.userId) throw new ForbiddenError('Only its author can change a reply.');
    return { comment, thread, subject };
  }
}

/** What `post-visibility` decides a reply's audience from: the reply, and its thread's privacy. */
function factsOf(comment: CommentEntity, thread: ThreadEntity): PostFacts {
  return {
    authorId: comment.authorId,
    moderation: comment.moderation,
    privateTo: thread.privateTo,
    deleted: comment.deletedAt !== null,
  };
}

/**
 * Where events carrying a reply's text go: its thread's room while members may read both the reply
 * and the post it answers; otherwise the moderators, the reply's author and the post's author.
 */
function contentRoomsOf(comment: CommentEntity, thread: ThreadEntity, subject: ThreadSubject | null): string[] {
  if (thread.privateTo !== null) return [thread.room];
  const subjectShown = !subject || memberView(subject.facts) !== 'nothing';
  if (subjectShown && memberView(factsOf(comment, thread)) === 'content') return [thread.room];
  const rooms = new Set([moderatorsRoom(comment.seminarId), userRoom(comment.authorId)]);
  if (subject) rooms.add(userRoom(subject.facts.authorId));
  return [...rooms];
}

/**
 * Who a reply's mentions may notify: everyone while members may see the thread, else only those who
 * may (the private thread's owner; the hidden or pending post's author). Moderators named in a
 * reply to a hidden post read it on the moderation desk rather than in a notification.
 */
function mentionAudienceOf(thread: ThreadEntity, subject: ThreadSubject | null): string[] | null {
  if (thread.privateTo) return [thread.privateTo];
  if (subject && memberView(subject.facts) === 'nothing') return [subject.facts.authorId];
  return null;
}
