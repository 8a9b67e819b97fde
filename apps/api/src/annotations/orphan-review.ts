import { Injectable } from '@nestjs/common';
import { UsersService } from '../auth/users.service';
import type { Viewer } from '../auth/viewer';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { maySee } from '../posts/post-visibility';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { contentRoomsOf, factsOf } from './annotation-audience';
import { AnchorStatus, Visibility } from './annotation-kinds';
import { lockAnnotation } from './annotation-lock';
import { annotationPayload } from './annotation.model';
import { AnnotationEntity } from './annotation.entity';
import { ReattachAnnotationInput } from './dto/orphan-review.inputs';
import { anchorSelection } from './selection-anchoring';

/**
 * The review of orphaned annotations (docs/documents.md, "Orphan review"): their author or a
 * moderator re-attaches one to newly selected words, or dismisses it from the list. A dismissed
 * orphan keeps its quote and thread (nothing is lost); it is only no longer asked about.
 */
@Injectable()
export class OrphanReview {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly readings: ReadingsService,
    private readonly events: EventLog,
    private readonly users: UsersService,
  ) {}

  /** Attaches an orphan to words selected in the current text; the reading's room hears `annotation.updated`. */
  async reattach(viewer: Viewer, input: ReattachAnnotationInput): Promise<AnnotationEntity> {
    return this.transactions.run(async (tx) => {
      const annotation = await this.orphanFor(tx, viewer, input.annotationId);
      // FOR SHARE holds off a revision until the orphan is anchored to the text the reviewer saw.
      const reading = await this.readings.authorize(viewer, annotation.readingId, SeminarAction.VIEW, tx.manager, {
        lockForShare: true,
      });
      const current = reading.currentRevisionNumber;
      const anchored = await anchorSelection(this.readings, tx.manager, reading.id, input, current);
      Object.assign(annotation, {
        quoteExact: anchored.selectors.quote.exact,
        quotePrefix: anchored.selectors.quote.prefix,
        quoteSuffix: anchored.selectors.quote.suffix,
        positionStart: anchored.selectors.position!.start,
        positionEnd: anchored.selectors.position!.end,
        anchorStatus: anchored.status,
        anchorScore: anchored.score,
        revisionNumber: current,
        orphanDismissedAt: null,
        orphanDismissedBy: null,
      });
      const saved = await tx.manager.save(annotation);
      const payload = { annotation: annotationPayload(saved, (await this.users.displayName(saved.authorId, tx.manager)) ?? '') };
      for (const to of contentRoomsOf(saved))
        await this.events.append(tx, to, 'annotation.updated', payload, viewer.userId);
      return saved;
    });
  }

  /** Takes an orphan off the review list, recording who did and when; dismissing twice changes nothing. */
  async dismiss(viewer: Viewer, annotationId: string): Promise<AnnotationEntity> {
    return this.transactions.run(async (tx) => {
      const annotation = await this.orphanFor(tx, viewer, annotationId);
      if (annotation.orphanDismissedAt) return annotation;
      annotation.orphanDismissedAt = new Date();
      annotation.orphanDismissedBy = viewer.userId;
      return tx.manager.save(annotation);
    });
  }

  /**
   * The orphan, locked, if the viewer may review it: its author (who may still annotate) or a
   * moderator of its seminar. Whoever may not see it gets NOT_FOUND (a private annotation exists
   * for its author alone), other members FORBIDDEN; an annotation no longer orphaned is a CONFLICT
   * (someone re-attached it, or a revision found its words again).
   */
  private async orphanFor(
    tx: Transaction,
    viewer: Viewer,
    annotationId: string,
  ): Promise<AnnotationEntity> {
    const annotation = await lockAnnotation(tx, annotationId);
    if (!annotation || (annotation.visibility === Visibility.PRIVATE && annotation.authorId !== viewer.userId))
      throw new NotFoundError('No such annotation.');
    if (annotation.authorId === viewer.userId) {
      await this.readings.authorize(viewer, annotation.readingId, SeminarAction.ANNOTATE, tx.manager);
    } else {
      await this.readings.authorize(viewer, annotation.readingId, SeminarAction.MODERATE, tx.manager).catch((error) => {
        if (error instanceof ForbiddenError && !maySee(factsOf(annotation), { userId: viewer.userId, moderates: false }))
          throw new NotFoundError('No such annotation.');
        if (error instanceof ForbiddenError)
          throw new ForbiddenError('Only its author or a moderator can review an orphaned annotation.');
        throw error;
      });
    }
    if (annotation.deletedAt) throw new ConflictError('This annotation was deleted.');
    if (annotation.anchorStatus !== AnchorStatus.orphaned)
      throw new ConflictError('This annotation is attached to the text again; reload the reading.');
    return annotation;
  }
}
