import { Injectable } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { RevealGate } from '../assignment-rules/reveal-gate';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, ForbiddenError, GlossaError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { NotificationsService } from '../notifications/notifications.service';
import { renderMarkdown } from '../posts/markdown';
import { Moderation } from '../posts/moderation-state';
import { acceptBody, acceptTags } from '../posts/post-text';
import { memberView } from '../posts/post-visibility';
import { PostRateLimit } from '../rate-limits/post-rate-limit';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ReactInput } from '../threads/dto/thread.inputs';
import { ReactionCounts } from '../threads/reaction-kind';
import { ReactionsService } from '../threads/reactions.service';
import { ThreadsService } from '../threads/threads.service';
import { contentRoomsOf, factsOf, roomOf } from './annotation-audience';
import { Motivation, Visibility } from './annotation-kinds';
import { AnnotationReadModel } from './annotation-read-model';
import { annotationPayload } from './annotation.model';
import { AnnotationEntity } from './annotation.entity';
import { lockAnnotation } from './annotation-lock';
import { CreateAnnotationInput, UpdateAnnotationInput } from './dto/annotation.inputs';
import { anchorSelection } from './selection-anchoring';

/** What members do to annotations (the GraphQL mutations): create, edit, delete, react. */
@Injectable()
export class AnnotationCommands {
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
    private readonly readModel: AnnotationReadModel,
    private readonly assignments: RevealGate,
  ) {}

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
        const anchored = await anchorSelection(this.readings, tx.manager, reading.id, input, current);
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
        // A private note is not work handed in: only what the seminar can read counts.
        if (annotation.visibility === Visibility.SEMINAR)
          await this.assignments.recordPost(tx, {
            seminarId: annotation.seminarId,
            authorId: viewer.userId,
            readingId: annotation.readingId,
            start: annotation.positionStart,
            end: annotation.positionEnd,
          });
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
      const annotation = await this.readModel.visible(viewer, input.subjectId, tx.manager);
      await this.readings.authorize(viewer, annotation.readingId, SeminarAction.REACT, tx.manager);
      if (annotation.deletedAt) throw new ConflictError('This annotation was deleted.');
      const subject = { type: 'annotation' as const, id: annotation.id };
      const counts = await this.reactions.react(tx, subject, viewer, input, contentRoomsOf(annotation));
      return counts;
    });
  }

  /** Locks one's own annotation for a change: NOT_FOUND to whoever may not see it, FORBIDDEN to other members. */
  private async own(
    tx: Transaction,
    viewer: Viewer,
    annotationId: string,
    action: SeminarAction,
  ): Promise<AnnotationEntity> {
    const annotation = await lockAnnotation(tx, annotationId);
    if (!annotation || (annotation.visibility === Visibility.PRIVATE && annotation.authorId !== viewer.userId))
      throw new NotFoundError('No such annotation.');
    await this.readings.authorize(viewer, annotation.readingId, action, tx.manager);
    if (annotation.authorId !== viewer.userId) throw new ForbiddenError('Only its author can change an annotation.');
    return annotation;
  }
}
