import { Injectable, OnModuleInit } from '@nestjs/common';
import { describe, PreparedText, reanchor, reanchorAll, TextSelectors } from '@glossa/anchoring';
import { moderatorsRoom, readingRoom, userRoom } from '@glossa/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { renderMarkdown } from '../posts/markdown';
import { plainEntities } from '../database/plain-entities';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, ForbiddenError, GlossaError, NotFoundError } from '../errors/glossa-error';
import DataLoader from 'dataloader';
import type { Viewer } from '../auth/viewer';
import { NotificationsService } from '../notifications/notifications.service';
import { Connection, LazyCursorEdge } from '../pagination/connection.model';
import { decodePositionCursor, encodePositionCursor } from '../pagination/cursor';
import { PostRateLimit } from '../rate-limits/post-rate-limit';
import { ReadingsService } from '../readings/readings.service';
import { ReanchorCounts, RevisionContext, RevisionListeners } from '../readings/revision-listeners';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { maySee, memberView, moderatable, PostFacts } from '../posts/post-visibility';
import { SeminarAction } from '../seminars/seminar-policy';
import { acceptBody, acceptTags } from '../posts/post-text';
import { ReactionCounts } from '../threads/reaction-kind';
import { ReactionsService } from '../threads/reactions.service';
import { ThreadsService } from '../threads/threads.service';
import { ThreadSubjects } from '../threads/thread-subjects';
import { Moderation, moderationVisible } from '../posts/moderation-state';
import { AnchorStatus, HighlightColor, Motivation, Visibility } from './annotation-kinds';
import { annotationPayload } from './annotation.model';
import { AnnotationEntity } from './annotation.entity';
import {
  AnnotationFilterArgs,
  AnnotationScope,
  CreateAnnotationInput,
  UpdateAnnotationInput,
} from './dto/annotation.inputs';
import { ReactInput } from '../threads/dto/thread.inputs';

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

/** Where an annotation's events go: its reading's room, or only its author's when private. */
function roomOf(annotation: Pick<AnnotationEntity, 'visibility' | 'readingId' | 'authorId'>): string {
  return annotation.visibility === Visibility.PRIVATE
    ? userRoom(annotation.authorId)
    : readingRoom(annotation.readingId);
}

/** What `post-visibility` decides an annotation's audience from. */
function factsOf(a: Pick<AnnotationEntity, 'visibility' | 'authorId' | 'moderation' | 'deletedAt'>): PostFacts {
  return {
    authorId: a.authorId,
    moderation: a.moderation,
    privateTo: a.visibility === Visibility.PRIVATE ? a.authorId : null,
    deleted: a.deletedAt !== null,
  };
}

/**
 * Where events that carry an annotation's content go: its reading's room while members may read it,
 * otherwise only to those who still may (its author; the moderators unless it is private).
 */
function contentRoomsOf(a: AnnotationEntity): string[] {
  if (memberView(factsOf(a)) === 'content') return [readingRoom(a.readingId)];
  if (a.visibility === Visibility.PRIVATE) return [userRoom(a.authorId)];
  return [moderatorsRoom(a.seminarId), userRoom(a.authorId)];
}

/** SQL condition: what the viewer may see of annotations aliased `a`. */
const VISIBLE = `(a.visibility = 'SEMINAR' OR a.author_id = :me)`;
/** A deleted annotation stays (as "deleted") only while live replies hang from it. */
const SHOWN = `(a.deleted_at IS NULL OR EXISTS (SELECT 1 FROM comments c WHERE c.thread_id = a.thread_id AND c.deleted_at IS NULL))`;

@Injectable()
export class AnnotationsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly readings: ReadingsService,
    private readonly threads: ThreadsService,
    private readonly reactions: ReactionsService,
    private readonly notifications: NotificationsService,
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly rateLimit: PostRateLimit,
    private readonly revisionListeners: RevisionListeners,
    private readonly threadSubjects: ThreadSubjects,
  ) {}

  onModuleInit(): void {
    this.revisionListeners.register((revision) => this.reanchorReading(revision));
    this.threadSubjects.register('annotation', async (manager, annotationId) => {
      const annotation = await manager.findOneBy(AnnotationEntity, { id: annotationId });
      return annotation && { facts: factsOf(annotation), readingId: annotation.readingId };
    });
  }

  async create(viewer: Viewer, input: CreateAnnotationInput): Promise<AnnotationEntity> {
    const body = acceptBody(input.body, { required: input.motivation !== Motivation.highlighting });
    if (input.motivation === Motivation.highlighting && body.length > 0) {
      throw new BadUserInputError('A highlight has no text: choose commenting or questioning to write one.');
    }
    const tags = acceptTags(input.tags);
    try {
      await this.rateLimit.take(viewer.userId);
      return await this.transactions.run(async (tx) => {
        // FOR SHARE holds off a concurrent revision until this annotation is anchored to the revision it saw.
        const reading = await this.readings.authorize(viewer, input.readingId, SeminarAction.ANNOTATE, tx.manager, {
          lockForShare: true,
        });
        const current = reading.currentRevisionNumber;
        const anchored = await this.anchorTarget(tx.manager, reading.id, input, current);
        const id = randomUUID();
        const thread = await this.threads.open(tx, {
          seminarId: reading.seminarId,
          subjectType: 'annotation',
          subjectId: id,
          room: roomOf({ visibility: input.visibility, readingId: reading.id, authorId: viewer.userId }),
          privateTo: input.visibility === Visibility.PRIVATE ? viewer.userId : null,
        });
        // insert, not save: save would first look the new id up to choose between INSERT and UPDATE.
        const annotation = tx.manager.create(AnnotationEntity, {
          id,
          seminarId: reading.seminarId,
          readingId: reading.id,
          threadId: thread.id,
          revisionNumber: current,
          authorId: viewer.userId,
          motivation: input.motivation,
          body,
          bodyHtml: renderMarkdown(body),
          tags,
          color: input.color,
          visibility: input.visibility,
          quoteExact: anchored.selectors.quote.exact,
          quotePrefix: anchored.selectors.quote.prefix,
          quoteSuffix: anchored.selectors.quote.suffix,
          positionStart: anchored.selectors.position!.start,
          positionEnd: anchored.selectors.position!.end,
          anchorStatus: anchored.status,
          anchorScore: anchored.score,
          clientId: input.clientId ?? null,
          editedAt: null,
          deletedAt: null,
          moderation: Moderation.VISIBLE,
          pinnedAt: null,
        });
        await this.insert(tx, annotation);
        await this.notifications.notifyMentions(tx, {
          seminarId: reading.seminarId,
          actor: viewer,
          body,
          subjectType: 'annotation',
          subjectId: id,
          readingId: reading.id,
          audience: input.visibility === Visibility.PRIVATE ? [viewer.userId] : null,
        });
        await this.events.append(
          tx,
          roomOf(annotation),
          'annotation.created',
          { annotation: annotationPayload(annotation, viewer.displayName) },
          viewer.userId,
        );
        return annotation;
      });
    } catch (error) {
      // A retry (same clientId) of a create that went through returns that first annotation, whatever
      // this attempt ran into: the clientId's unique index (also when both race), a revision that
      // moved the passage since, the rate limit. Looked up only then, not before every create.
      if (input.clientId && (isUniqueViolation(error, 'annotations_client_id_key') || error instanceof GlossaError)) {
        const first = await this.dataSource.manager.findOneBy(AnnotationEntity, {
          authorId: viewer.userId,
          clientId: input.clientId,
        });
        if (first) return first;
      }
      throw error;
    }
  }

  /**
   * Writes a new annotation with a plain INSERT … RETURNING (TypeORM's insert builder cost more CPU
   * than the statement: bench:annotation-writes); the database's timestamps are set on the entity.
   */
  private async insert(tx: Transaction, a: AnnotationEntity): Promise<void> {
    const [row]: Array<{ created_at: Date; updated_at: Date }> = await tx.manager.query(
      `INSERT INTO annotations (id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body,
         body_html, tags, color, visibility, quote_exact, quote_prefix, quote_suffix, position_start, position_end,
         anchor_status, anchor_score, client_id, edited_at, deleted_at, moderation, pinned_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $19, $20, $21, $22,
         $23, $24)
       RETURNING created_at, updated_at`,
      [
        a.id,
        a.seminarId,
        a.readingId,
        a.threadId,
        a.revisionNumber,
        a.authorId,
        a.motivation,
        a.body,
        a.bodyHtml,
        a.tags,
        a.color,
        a.visibility,
        a.quoteExact,
        a.quotePrefix,
        a.quoteSuffix,
        a.positionStart,
        a.positionEnd,
        a.anchorStatus,
        a.anchorScore,
        a.clientId,
        a.editedAt,
        a.deletedAt,
        a.moderation,
        a.pinnedAt,
      ],
    );
    a.createdAt = row.created_at;
    a.updatedAt = row.updated_at;
  }

  /**
   * Checks the selection against the revision it was made in and returns selectors for the current
   * revision: the same words when nothing changed, re-anchored when the reading was revised while the
   * member was selecting (CONFLICT when the passage did not survive).
   */
  private async anchorTarget(
    manager: EntityManager,
    readingId: string,
    input: CreateAnnotationInput,
    current: number,
  ): Promise<{ selectors: TextSelectors; status: AnchorStatus; score: number }> {
    if (input.revisionNumber > current)
      throw new BadUserInputError(`This reading has no revision ${input.revisionNumber} yet.`);
    const text = await this.readings.preparedText(readingId, input.revisionNumber, manager);
    if (text === null) throw new BadUserInputError(`This reading has no revision ${input.revisionNumber}.`);
    const { start, end, exact } = input.target;
    if (end <= start)
      throw new BadUserInputError('Select at least one character (target.end must be after target.start).');
    let selectors: TextSelectors;
    try {
      selectors = describe(text, start, end);
    } catch {
      throw new BadUserInputError(
        `The selection [${start}, ${end}) lies outside the text of revision ${input.revisionNumber}.`,
      );
    }
    if (selectors.quote.exact !== exact) {
      throw new BadUserInputError(
        'The selected text does not match the reading at that position; reload the reading and select again.',
      );
    }
    if (input.revisionNumber === current) return { selectors, status: AnchorStatus.exact, score: 1 };
    const currentText = (await this.readings.preparedText(readingId, current, manager)) as PreparedText;
    const moved = reanchor(currentText, selectors);
    if (moved.status === 'orphaned') {
      throw new ConflictError(
        `The reading was revised while you were selecting, and that passage is no longer in revision ${current}.`,
        { currentRevision: current },
      );
    }
    return { selectors: moved.selectors, status: moved.status as AnchorStatus, score: moved.score };
  }

  async update(viewer: Viewer, input: UpdateAnnotationInput): Promise<AnnotationEntity> {
    return this.transactions.run(async (tx) => {
      const annotation = await this.own(tx, viewer, input.annotationId, SeminarAction.ANNOTATE);
      if (annotation.deletedAt) throw new ConflictError('This annotation was deleted.');
      const motivation = input.motivation ?? annotation.motivation;
      const body = acceptBody(input.body ?? annotation.body, { required: motivation !== Motivation.highlighting });
      if (motivation === Motivation.highlighting && body.length > 0) {
        throw new BadUserInputError('A highlight has no text: remove the text, or make it a comment.');
      }
      const before = {
        room: roomOf(annotation),
        visibility: annotation.visibility,
        body: annotation.body,
        members: memberView(factsOf(annotation)),
      };
      Object.assign(annotation, {
        motivation,
        body,
        bodyHtml: renderMarkdown(body),
        tags: input.tags ? acceptTags(input.tags) : annotation.tags,
        color: input.color ?? annotation.color,
        visibility: input.visibility ?? annotation.visibility,
        editedAt: new Date(),
      });
      const saved = await tx.manager.save(annotation);
      const room = roomOf(saved);
      const payload = { annotation: annotationPayload(saved, viewer.displayName) };
      if (room !== before.room) {
        await this.threads.move(
          tx,
          saved.threadId,
          room,
          saved.visibility === Visibility.PRIVATE ? viewer.userId : null,
        );
        // Made private: it leaves everyone else's view, and the reading room's log forgets its text.
        // Made public: it appears in theirs.
        if (before.visibility === Visibility.SEMINAR) {
          await this.redaction.withdraw(tx, before.room, { type: 'annotation', id: saved.id }, 'PRIVATE');
          await this.notifications.forgetExcerpts(tx, saved.id);
          if (before.members !== 'nothing')
            await this.events.append(
              tx,
              before.room,
              'annotation.deleted',
              { annotationId: saved.id, readingId: saved.readingId, seminarId: saved.seminarId },
              viewer.userId,
            );
        }
      }
      if (body !== before.body) {
        await this.notifications.notifyMentions(tx, {
          seminarId: saved.seminarId,
          actor: viewer,
          body,
          subjectType: 'annotation',
          subjectId: saved.id,
          readingId: saved.readingId,
          audience: saved.visibility === Visibility.PRIVATE ? [viewer.userId] : null,
        });
      }
      for (const to of contentRoomsOf(saved))
        await this.events.append(tx, to, 'annotation.updated', payload, viewer.userId);
      return saved;
    });
  }

  /** Soft-deletes one's own annotation; a thread with replies keeps its place, shown as deleted. */
  async remove(viewer: Viewer, annotationId: string): Promise<AnnotationEntity> {
    return this.transactions.run(async (tx) => {
      const annotation = await this.own(tx, viewer, annotationId, SeminarAction.VIEW);
      if (annotation.deletedAt) return annotation;
      const rooms = contentRoomsOf(annotation);
      annotation.deletedAt = new Date();
      const saved = await tx.manager.save(annotation);
      await this.redaction.withdraw(tx, roomOf(saved), { type: 'annotation', id: saved.id }, 'DELETED');
      await this.notifications.forgetExcerpts(tx, saved.id);
      for (const to of rooms)
        await this.events.append(
          tx,
          to,
          'annotation.deleted',
          { annotationId: saved.id, readingId: saved.readingId, seminarId: saved.seminarId },
          viewer.userId,
        );
      return saved;
    });
  }

  async react(viewer: Viewer, input: ReactInput): Promise<ReactionCounts> {
    return this.transactions.run(async (tx) => {
      const annotation = await this.visible(viewer, input.subjectId, tx.manager);
      await this.readings.authorize(viewer, annotation.readingId, SeminarAction.REACT, tx.manager);
      if (annotation.deletedAt) throw new ConflictError('This annotation was deleted.');
      const counts = await this.reactions.set(tx, 'annotation', annotation.id, viewer.userId, input.kind, input.active);
      for (const to of contentRoomsOf(annotation))
        await this.events.append(
          tx,
          to,
          'reaction.changed',
          {
            subjectType: 'annotation',
            subjectId: annotation.id,
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

  /** One annotation the viewer may see (after checking they belong to its seminar). */
  async get(viewer: Viewer, annotationId: string): Promise<AnnotationEntity> {
    const annotation = await this.visible(viewer, annotationId);
    await this.readings.authorize(viewer, annotation.readingId, SeminarAction.VIEW);
    return annotation;
  }

  /**
   * The annotations of a reading the viewer may see, in text order, filtered. The caller has
   * authorised the reading.
   */
  async forReading(
    viewer: Viewer,
    readingId: string,
    filter: AnnotationFilterArgs,
  ): Promise<Connection<AnnotationEntity>> {
    const query = this.dataSource
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .where('a.reading_id = :readingId', { readingId })
      .andWhere(VISIBLE, { me: viewer.userId })
      .andWhere(moderationVisible('a'))
      .andWhere(SHOWN);
    if (filter.authorIds?.length) query.andWhere('a.author_id IN (:...authorIds)', { authorIds: filter.authorIds });
    if (filter.tags?.length)
      query.andWhere('a.tags && :tags', { tags: filter.tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()) });
    if (filter.motivations?.length)
      query.andWhere('a.motivation IN (:...motivations)', { motivations: filter.motivations });
    if (filter.anchorStatuses?.length)
      query.andWhere('a.anchor_status IN (:...statuses)', { statuses: filter.anchorStatuses });
    if (filter.scope === AnnotationScope.MINE) query.andWhere('a.author_id = :me');
    if (filter.scope === AnnotationScope.OTHERS) query.andWhere('a.author_id <> :me');
    if (filter.scope === AnnotationScope.PRIVATE) query.andWhere(`a.visibility = 'PRIVATE' AND a.author_id = :me`);
    if (filter.after) {
      const key = decodePositionCursor(filter.after);
      query.andWhere('(a.position_start, a.id) > (:afterPosition, :afterId)', {
        afterPosition: key.position,
        afterId: key.id,
      });
    }
    const rows = await plainEntities(
      query
        .orderBy('a.position_start', 'ASC')
        .addOrderBy('a.id', 'ASC')
        .take(filter.first + 1),
    );
    const edges = rows.slice(0, filter.first).map((a) => new LazyCursorEdge(a, a, positionCursorOf));
    return { edges, pageInfo: { hasNextPage: rows.length > filter.first, endCursor: edges.at(-1)?.cursor ?? null } };
  }

  /**
   * Re-anchors every annotation of a reading to its new revision in one pass, inside the revision's
   * transaction: found passages get fresh selectors and the new revision number; orphans keep their
   * quote and the revision they were last found in, and are retried at the next revision.
   */
  async reanchorReading(revision: RevisionContext): Promise<ReanchorCounts> {
    const rows: Array<{ id: string; exact: string; prefix: string; suffix: string; start: number; end: number }> =
      await revision.tx.manager.query(
        `SELECT id, quote_exact AS exact, quote_prefix AS prefix, quote_suffix AS suffix, position_start AS start, position_end AS "end"
         FROM annotations WHERE reading_id = $1`,
        [revision.readingId],
      );
    const counts: ReanchorCounts = { exact: 0, fuzzy: 0, orphaned: 0 };
    if (rows.length === 0) return counts;
    const outcomes = reanchorAll(
      revision.text,
      rows.map((r) => ({
        id: r.id,
        selectors: {
          quote: { type: 'TextQuoteSelector' as const, exact: r.exact, prefix: r.prefix, suffix: r.suffix },
          position: { type: 'TextPositionSelector' as const, start: r.start, end: r.end },
        },
      })),
    );
    for (const o of outcomes) counts[o.status] += 1;
    await revision.tx.manager.query(
      `UPDATE annotations AS a SET
         quote_exact = v.exact, quote_prefix = v.prefix, quote_suffix = v.suffix,
         position_start = v.start, position_end = v."end",
         anchor_status = v.status, anchor_score = v.score,
         revision_number = CASE WHEN v.status = 'orphaned' THEN a.revision_number ELSE $9 END
       FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::int[], $6::int[], $7::text[], $8::real[])
         AS v(id, exact, prefix, suffix, start, "end", status, score)
       WHERE a.id = v.id`,
      [
        outcomes.map((o) => o.id),
        outcomes.map((o) => o.selectors.quote.exact),
        outcomes.map((o) => o.selectors.quote.prefix),
        outcomes.map((o) => o.selectors.quote.suffix),
        outcomes.map((o) => o.selectors.position?.start ?? 0),
        outcomes.map((o) => o.selectors.position?.end ?? 0),
        outcomes.map((o) => o.status),
        outcomes.map((o) => o.score),
        revision.revisionNumber,
      ],
    );
    return counts;
  }

  /** Locks an annotation for a moderation action; NOT_FOUND when there is none or it is private. */
  async lockForModeration(tx: Transaction, annotationId: string): Promise<AnnotationEntity> {
    const annotation = await tx.manager
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id: annotationId })
      .getOne();
    if (!annotation || !moderatable(factsOf(annotation))) throw new NotFoundError('No such annotation.');
    return annotation;
  }

  /** Applies a moderation decision and tells the annotation's audience what it now sees. */
  async moderate(
    tx: Transaction,
    annotation: AnnotationEntity,
    moderation: Moderation,
    pinned: boolean,
    actorId: string,
  ): Promise<AnnotationEntity> {
    const before = memberView(factsOf(annotation));
    annotation.moderation = moderation;
    annotation.pinnedAt = pinned ? (annotation.pinnedAt ?? new Date()) : null;
    const saved = await tx.manager.save(annotation);
    const after = memberView(factsOf(saved));
    const members = readingRoom(saved.readingId);
    const state = { subjectType: 'annotation' as const, subjectId: saved.id, moderation, pinned };
    if (after !== 'content') {
      // Hidden or removed: members lose its text, in the log as well as live.
      const reason = moderation === Moderation.REMOVED ? 'REMOVED' : 'HIDDEN';
      await this.redaction.withdraw(tx, members, { type: 'annotation', id: saved.id }, reason);
      await this.notifications.forgetExcerpts(tx, saved.id);
      const ids = { annotationId: saved.id, readingId: saved.readingId, seminarId: saved.seminarId };
      await this.events.append(tx, members, 'annotation.withdrawn', { ...ids, reason }, actorId);
    } else if (before !== 'content') {
      // Restored: the members' log has only its tombstones, so it arrives again with its content.
      const author = await this.authorName(tx.manager, saved.authorId);
      await this.events.append(
        tx,
        members,
        'annotation.updated',
        { annotation: annotationPayload(saved, author) },
        actorId,
      );
    } else {
      await this.events.append(tx, members, 'content.moderated', state, actorId);
    }
    await this.events.append(tx, moderatorsRoom(saved.seminarId), 'content.moderated', state, actorId);
    await this.events.append(tx, userRoom(saved.authorId), 'content.moderated', state, actorId);
    return saved;
  }

  /**
   * Checks that a claim may cite these annotations as evidence: they exist in the same seminar, are
   * shared with the seminar (a private note cannot back a public argument), are not deleted, and the
   * citer may see them.
   */
  async assertCitable(
    viewer: Viewer,
    annotationIds: string[],
    seminarId: string,
    manager: EntityManager,
  ): Promise<void> {
    if (annotationIds.length === 0) return;
    const rows = await manager
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .where('a.id IN (:...ids)', { ids: annotationIds })
      .andWhere(moderationVisible('a'), { me: viewer.userId })
      .getMany();
    const found = new Map(rows.map((a) => [a.id, a]));
    for (const id of annotationIds) {
      const a = found.get(id);
      if (!a || a.seminarId !== seminarId || (a.visibility === Visibility.PRIVATE && a.authorId !== viewer.userId)) {
        throw new BadUserInputError(`Annotation ${id} is not a passage of this seminar you can cite.`);
      }
      if (a.visibility === Visibility.PRIVATE)
        throw new BadUserInputError('A private annotation cannot be cited: share it with the seminar first.');
      if (a.deletedAt) throw new BadUserInputError('A deleted annotation cannot be cited.');
    }
  }

  /** Annotations by id as the viewer may see them (null otherwise), batched per request. */
  visibleById(viewer: Viewer): DataLoader<string, AnnotationEntity | null> {
    return viewer.loaders.for(this.visibleById, () => {
      const me = viewer.userId;
      return new DataLoader<string, AnnotationEntity | null>(async (ids) => {
        const rows = await this.dataSource
          .getRepository(AnnotationEntity)
          .createQueryBuilder('a')
          .where('a.id IN (:...ids)', { ids })
          .andWhere(VISIBLE, { me })
          .andWhere(moderationVisible('a'), { me })
          .getMany();
        const byId = new Map(rows.map((a) => [a.id, a]));
        return ids.map((id) => byId.get(id) ?? null);
      });
    });
  }

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
      .andWhere(SHOWN);
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

  private async visible(
    viewer: Viewer,
    annotationId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<AnnotationEntity> {
    // The row and whether the viewer moderates its seminar, in one statement; post-visibility decides.
    const [found] = await plainEntities(
      manager
        .getRepository(AnnotationEntity)
        .createQueryBuilder('a')
        .addSelect(
          `EXISTS (SELECT 1 FROM memberships m WHERE m.seminar_id = a.seminar_id AND m.user_id = :me AND m.role IN ('OWNER', 'MODERATOR'))`,
          'moderates',
        )
        .where('a.id = :id', { id: annotationId, me: viewer.userId }),
      (annotation, row) => ({ annotation, moderates: row.moderates === true }),
    );
    if (!found || !maySee(factsOf(found.annotation), { userId: viewer.userId, moderates: found.moderates }))
      throw new NotFoundError('No such annotation.');
    return found.annotation;
  }

  private async authorName(manager: EntityManager, userId: string): Promise<string> {
    const [row]: Array<{ display_name: string }> = await manager.query('SELECT display_name FROM users WHERE id = $1', [
      userId,
    ]);
    return row?.display_name ?? '';
  }

  private async own(
    tx: Transaction,
    viewer: Viewer,
    annotationId: string,
    action: SeminarAction,
  ): Promise<AnnotationEntity> {
    const annotation = await tx.manager
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_write')
      .where('a.id = :id', { id: annotationId })
      .getOne();
    if (!annotation || (annotation.visibility === Visibility.PRIVATE && annotation.authorId !== viewer.userId))
      throw new NotFoundError('No such annotation.');
    await this.readings.authorize(viewer, annotation.readingId, action, tx.manager);
    if (annotation.authorId !== viewer.userId) throw new ForbiddenError('Only its author can change an annotation.');
    return annotation;
  }
}

function positionCursorOf(annotation: AnnotationEntity): string {
  return encodePositionCursor(annotation.positionStart, annotation.id);
}
