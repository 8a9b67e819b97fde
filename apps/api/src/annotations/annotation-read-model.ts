import { AuthorMasks } from '../anonymity/author-masks';
import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { notHiddenByAssignmentSql } from '../assignment-rules/hide-until-posted';
import { RevealGate } from '../assignment-rules/reveal-gate';
import type { Viewer } from '../auth/viewer';
import { plainEntities } from '../database/plain-entities';
import { NotFoundError } from '../errors/glossa-error';
import { Connection, LazyCursorEdge } from '../pagination/connection.model';
import { decodePositionCursor, encodePositionCursor } from '../pagination/cursor';
import { moderationVisible } from '../posts/moderation-state';
import { maySee } from '../posts/post-visibility';
import { ReadingsService } from '../readings/readings.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ThreadSubjects } from '../threads/thread-subjects';
import { factsOf, SHOWN, VISIBLE } from './annotation-audience';
import { AnnotationEntity } from './annotation.entity';
import { AnnotationFilterArgs, AnnotationScope } from './dto/annotation.inputs';

/**
 * Annotations as a viewer may read them: one by id (the annotation query, moderation, live
 * spotlights), a reading's page in text order (the reading view), and who may see one (threads).
 */
@Injectable()
export class AnnotationReadModel implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly readings: ReadingsService,
    private readonly threadSubjects: ThreadSubjects,
    private readonly masks: AuthorMasks,
    private readonly assignments: RevealGate,
  ) {}

  onModuleInit(): void {
    this.threadSubjects.register('annotation', async (manager, annotationId) => {
      const annotation = await manager.findOneBy(AnnotationEntity, { id: annotationId });
      return annotation && { facts: factsOf(annotation), readingId: annotation.readingId };
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
    options: { awaitingReview?: boolean } = {},
  ): Promise<Connection<AnnotationEntity>> {
    const query = this.dataSource
      .getRepository(AnnotationEntity)
      .createQueryBuilder('a')
      .where('a.reading_id = :readingId', { readingId })
      .andWhere(VISIBLE, { me: viewer.userId })
      .andWhere(moderationVisible('a'))
      .andWhere(SHOWN)
      .andWhere(notHiddenByAssignmentSql('a', ':me'));
    if (filter.authorIds?.length)
      query.andWhere('a.author_id IN (:...authorIds)', {
        authorIds: await this.masks.authorFilterOnReading(viewer, readingId, filter.authorIds),
      });
    if (filter.tags?.length)
      query.andWhere('a.tags && :tags', { tags: filter.tags.map((t) => t.trim().replace(/^#/, '').toLowerCase()) });
    if (filter.motivations?.length)
      query.andWhere('a.motivation IN (:...motivations)', { motivations: filter.motivations });
    if (filter.anchorStatuses?.length)
      query.andWhere('a.anchor_status IN (:...statuses)', { statuses: filter.anchorStatuses });
    if (options.awaitingReview) query.andWhere('a.orphan_dismissed_at IS NULL');
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

  /** The annotation if the viewer may see it (post-visibility decides), else NOT_FOUND; not yet authorised. */
  async visible(
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
    const { annotation } = found;
    if (annotation.authorId !== viewer.userId && !found.moderates) {
      const post = { readingId: annotation.readingId, authorId: annotation.authorId, seminarId: annotation.seminarId };
      if (await this.assignments.hidesPost(viewer.userId, post, manager))
        throw new NotFoundError('No such annotation.');
    }
    return annotation;
  }
}

function positionCursorOf(annotation: AnnotationEntity): string {
  return encodePositionCursor(annotation.positionStart, annotation.id);
}
