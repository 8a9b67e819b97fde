import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { AuthorMasks } from '../anonymity/author-masks';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { loadAll } from '../batching/request-loaders';
import { plainEntities } from '../database/plain-entities';
import { NotFoundError } from '../errors/glossa-error';
import { Connection, mapConnection } from '../pagination/connection.model';
import { keysetPage, toConnection } from '../pagination/keyset-page';
import { moderationVisible } from '../posts/moderation-state';
import { replyNotHiddenByGroupsSql } from '../assignment-rules/in-groups';
import { SeminarAction } from '../seminars/seminar-policy';
import { CommentEntity } from './comment.entity';
import { ReactionsService } from './reactions.service';
import { ReactionSummaryModel, ReplyModel } from './thread.models';
import { ThreadsService } from './threads.service';

/** Replies shown with each thread before the reader asks for more. */
export const FIRST_REPLIES = 20;

/** The replies a reply count counts: not deleted, not held back or hidden. */
const REPLY_COUNTED = `c.deleted_at IS NULL AND c.moderation = 'VISIBLE'`;

/** What a discussion shows about itself: how many replies, and whether moderators locked it. */
export interface ThreadState {
  replyCount: number;
  locked: boolean;
}

/**
 * Threads as readers see them (the GraphQL fields of annotations, claims and replies, the moderation
 * desk): pages of replies with their authors and reactions, reply counts and locks, batched per
 * request; a reply shows only to those who may see it (`moderationVisible`).
 */
@Injectable()
export class ThreadReadModel {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly reactions: ReactionsService,
    private readonly users: UsersService,
    private readonly masks: AuthorMasks,
  ) {}

  /** One reply as the viewer may see it (NOT_FOUND otherwise). */
  async getReply(viewer: Viewer, replyId: string): Promise<CommentEntity> {
    const comment = await this.dataSource
      .getRepository(CommentEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: replyId })
      .andWhere(moderationVisible('c'), { me: viewer.userId })
      .andWhere(replyNotHiddenByGroupsSql('c', ':me'))
      .getOne();
    if (!comment) throw new NotFoundError('No such reply.');
    await this.threads.authorize(viewer, comment.threadId, SeminarAction.VIEW);
    return comment;
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
      .andWhere(moderationVisible('c'), { me: viewer.userId })
      // In groups, a reply shows only to its author's group and the leaders (docs/small-groups.md).
      .andWhere(replyNotHiddenByGroupsSql('c', ':me'));
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
    const [people, reactions] = await Promise.all([
      loadAll(this.users.byId(viewer.loaders), comments.map((comment) => comment.authorId)),
      knownReactions ? keys.map(knownReactions) : loadAll(this.reactions.summaries(viewer), keys),
    ]);
    // Each author as this viewer may see them: a pseudonym in an anonymous discussion.
    const authors = await this.masks.usersInThreads(
      viewer,
      comments.map((comment, i) => ({ id: comment.authorId, person: people[i], seminarId: comment.seminarId, threadId: comment.threadId })),
    );
    let next = 0;
    return pages.map((page) => mapConnection(page, (comment) => ReplyModel.from(comment, authors[next], reactions[next++])));
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
                  .andWhere(moderationVisible('x'), { me: viewerId })
                  .andWhere(viewerId ? replyNotHiddenByGroupsSql('x', ':me') : 'true'),
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
}
