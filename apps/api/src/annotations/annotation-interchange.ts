import { notHiddenByAssignmentSql } from '../assignment-rules/hide-until-posted';
import { Injectable } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { Transaction } from '../database/transaction-runner';
import { EventLog } from '../events/event-log';
import { renderMarkdown } from '../posts/markdown';
import { ThreadsService } from '../threads/threads.service';
import { roomOf, SHOWN, VISIBLE } from './annotation-audience';
import { AnchorStatus, HighlightColor, Motivation, Visibility } from './annotation-kinds';
import { annotationPayload } from './annotation.model';
import { AnnotationEntity } from './annotation.entity';

/** An annotation as an import brings it in (interchange), anchored to the reading's current text. */
export interface ImportedAnnotation {
  id: string;
  threadId: string;
  seminarId: string;
  readingId: string;
  revisionNumber: number;
  authorId: string;
  authorName: string;
  motivation: Motivation;
  body: string;
  tags: string[];
  color: HighlightColor;
  visibility: Visibility;
  quote: { exact: string; prefix: string; suffix: string };
  position: { start: number; end: number };
  anchorStatus: AnchorStatus;
  anchorScore: number;
  createdAt: Date | null;
  editedAt: Date | null;
  deletedAt: Date | null;
}

/** What the interchange module reads and writes of annotations: a seminar's export and an import's rows. */
@Injectable()
export class AnnotationInterchange {
  constructor(
    private readonly dataSource: DataSource,
    private readonly threads: ThreadsService,
    private readonly events: EventLog,
  ) {}

  /**
   * Every annotation of a seminar (or one reading) the viewer may see, in reading and text order: for
   * export (interchange). The caller has authorised the seminar or reading. A post the moderators
   * hold back or hid travels only with its author's own export.
   */
  exportable(viewer: Viewer, scope: { seminarId: string; readingId?: string }): Promise<AnnotationEntity[]> {
    const query = this.dataSource
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .where('a.seminar_id = :seminarId', { seminarId: scope.seminarId })
      .andWhere(VISIBLE, { me: viewer.userId })
      .andWhere(`(a.moderation IN ('VISIBLE', 'REMOVED') OR a.author_id = :me)`)
      .andWhere(SHOWN)
      .andWhere(notHiddenByAssignmentSql('a', ':me'));
    if (scope.readingId) query.andWhere('a.reading_id = :readingId', { readingId: scope.readingId });
    return query.orderBy('a.reading_id').addOrderBy('a.position_start').addOrderBy('a.id').getMany();
  }

  /** Which of `ids` are annotations of this seminar, with their threads (an import skips those). */
  async inSeminar(
    seminarId: string,
    ids: string[],
    manager: EntityManager,
  ): Promise<Map<string, { threadId: string; privateTo: string | null }>> {
    if (ids.length === 0) return new Map();
    const rows: Array<{ id: string; thread_id: string; private_to: string | null }> = await manager.query(
      `SELECT id, thread_id, CASE WHEN visibility = 'PRIVATE' THEN author_id END AS private_to
         FROM annotations WHERE seminar_id = $1 AND id = ANY($2::uuid[])`,
      [seminarId, ids],
    );
    return new Map(rows.map((r) => [r.id, { threadId: r.thread_id, privateTo: r.private_to }]));
  }

  /**
   * Inserts annotations copied in by an import, in its transaction, each with its (empty) thread
   * and its `annotation.created` event. The importer anchored their selectors to the current text
   * and chose their authors; this keeps the rows and events consistent with `create`.
   */
  async insertImported(tx: Transaction, actor: Viewer, rows: ImportedAnnotation[]): Promise<void> {
    if (rows.length === 0) return;
    await this.threads.openMany(
      tx,
      rows.map((r) => ({
        id: r.threadId,
        seminarId: r.seminarId,
        subjectType: 'annotation' as const,
        subjectId: r.id,
        room: roomOf(r),
        privateTo: r.visibility === Visibility.PRIVATE ? r.authorId : null,
      })),
    );
    await tx.manager.query(
      `INSERT INTO annotations (id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body,
         body_html, tags, color, visibility, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
         anchor_status, anchor_score, created_at, edited_at, deleted_at)
       SELECT id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body,
         body_html, tags, color, visibility, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
         anchor_status, anchor_score, coalesce(created_at, clock_timestamp()), edited_at, deleted_at
         FROM jsonb_to_recordset($1::jsonb) AS r(id uuid, seminar_id uuid, reading_id uuid, thread_id uuid,
           revision_number int, author_id uuid, motivation text, body text, body_html text, tags text[], color text, visibility text,
           quote_exact text, quote_prefix text, quote_suffix text, position_start int, position_end int,
           anchor_status text, anchor_score real, created_at timestamptz, edited_at timestamptz, deleted_at timestamptz)`,
      [
        JSON.stringify(
          rows.map((r) => ({
            id: r.id,
            seminar_id: r.seminarId,
            reading_id: r.readingId,
            thread_id: r.threadId,
            revision_number: r.revisionNumber,
            author_id: r.authorId,
            motivation: r.motivation,
            body: r.body,
            body_html: renderMarkdown(r.body),
            tags: r.tags,
            color: r.color,
            visibility: r.visibility,
            quote_exact: r.quote.exact,
            quote_prefix: r.quote.prefix,
            quote_suffix: r.quote.suffix,
            position_start: r.position.start,
            position_end: r.position.end,
            anchor_status: r.anchorStatus,
            anchor_score: r.anchorScore,
            created_at: r.createdAt,
            edited_at: r.editedAt,
            deleted_at: r.deletedAt,
          })),
        ),
      ],
    );
    const saved = await tx.manager
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .where('a.id = ANY(:ids)', { ids: rows.map((r) => r.id) })
      .getMany();
    const names = new Map(rows.map((r) => [r.id, r.authorName]));
    for (const annotation of saved)
      await this.events.append(
        tx,
        roomOf(annotation),
        'annotation.created',
        { annotation: annotationPayload(annotation, names.get(annotation.id) ?? '') },
        actor.userId,
      );
  }
}
