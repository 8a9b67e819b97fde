import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { BadUserInputError } from '../errors/glossa-error';
import { moderationVisible } from '../posts/moderation-state';
import { VISIBLE } from './annotation-audience';
import { Visibility } from './annotation-kinds';
import { AnnotationEntity } from './annotation.entity';

/** Annotations as a debate's evidence: whether a claim may cite them, and the cited ones a viewer may see. */
@Injectable()
export class AnnotationEvidence {
  constructor(private readonly dataSource: DataSource) {}

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
}
