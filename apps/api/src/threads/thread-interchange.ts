import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Transaction } from '../database/transaction-runner';
import { EventLog } from '../events/event-log';
import { replyNotHiddenByGroupsSql } from '../assignment-rules/in-groups';
import { renderMarkdown } from '../posts/markdown';
import { CommentEntity } from './comment.entity';
import { payloadOf } from './reply-audience';
import { ThreadEntity } from './thread.entity';

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
 * Replies crossing the seminar's border (interchange): those an export carries, and those an import
 * brings in, copied as they were and skipped when the seminar already holds them.
 */
@Injectable()
export class ThreadInterchange {
  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLog,
  ) {}

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
      // In groups, another group's reply stays out of the export (docs/small-groups.md).
      .andWhere(replyNotHiddenByGroupsSql('c', ':me'))
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
          comment: payloadOf(comment, { displayName: names.get(comment.id) ?? '' }),
          subjectType: thread.subjectType,
          subjectId: thread.subjectId,
        },
        actor.userId,
      );
    }
  }
}
