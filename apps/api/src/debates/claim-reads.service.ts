import { Injectable, OnModuleInit } from '@nestjs/common';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { plainEntities } from '../database/plain-entities';
import { moderationVisible } from '../posts/moderation-state';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ThreadSubjects } from '../threads/thread-subjects';
import { ClaimAccess } from './claim-access';
import { ClaimEntity } from './claim.entity';

/**
 * Claims as a viewer may read them (for the debate view, the reading view and live sessions):
 * pending and hidden claims are seen only by moderators and their author.
 */
@Injectable()
export class ClaimReadsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly access: SeminarAccessService,
    private readonly claimAccess: ClaimAccess,
    private readonly threadSubjects: ThreadSubjects,
  ) {}

  onModuleInit(): void {
    // A claim's discussion is as visible as the claim: pending and hidden claims hide their replies.
    this.threadSubjects.register('claim', async (manager, claimId) => {
      const claim = await manager.findOneBy(ClaimEntity, { id: claimId });
      if (!claim) return null;
      const facts = {
        authorId: claim.authorId,
        moderation: claim.moderation,
        privateTo: null,
        deleted: claim.deletedAt !== null,
      };
      return { facts, readingId: null };
    });
  }

  /** One claim as the viewer may see it, after checking they belong to its seminar. */
  async get(viewer: Viewer, claimId: string): Promise<ClaimEntity> {
    const claim = await this.claimAccess.visibleClaim(this.dataSource.manager, viewer, claimId);
    await this.access.require(viewer, claim.seminarId, SeminarAction.VIEW);
    return claim;
  }

  /** Every claim of a debate the viewer may see, one query per debate and request. */
  ofDebate(viewer: Viewer): DataLoader<string, ClaimEntity[]> {
    return viewer.loaders.for(this.ofDebate, () => {
      const me = viewer.userId;
      return new DataLoader<string, ClaimEntity[]>(async (debateIds) => {
        const rows = await this.dataSource
          .getRepository(ClaimEntity)
          .createQueryBuilder('c')
          .where('c.debate_id IN (:...debateIds)', { debateIds })
          .andWhere(moderationVisible('c'), { me })
          .getMany();
        return debateIds.map((id) => rows.filter((c) => c.debateId === id));
      });
    });
  }

  /** The visible claims citing each annotation, one query per request (for the reading view). */
  citing(viewer: Viewer): DataLoader<string, ClaimEntity[]> {
    return viewer.loaders.for(this.citing, () => {
      const me = viewer.userId;
      return new DataLoader<string, ClaimEntity[]>(async (annotationIds) => {
        // One statement, one array parameter however many passages: each citing claim once, with
        // the passages of this batch it cites (most passages of a reading are cited by none).
        const rows = await plainEntities(
          this.dataSource
            .getRepository(ClaimEntity)
            .createQueryBuilder('c')
            .addSelect(
              `ARRAY(SELECT e.annotation_id FROM claim_evidence e
                      WHERE e.claim_id = c.id AND e.annotation_id = ANY(:annotationIds::uuid[]))::text[]`,
              'cited',
            )
            .where(
              'c.id IN (SELECT e.claim_id FROM claim_evidence e WHERE e.annotation_id = ANY(:annotationIds::uuid[]))',
              { annotationIds },
            )
            .andWhere('c.deleted_at IS NULL')
            .andWhere(moderationVisible('c'), { me })
            .orderBy('c.created_at', 'ASC')
            .addOrderBy('c.id', 'ASC'),
          (claim, row) => ({ claim, cited: row.cited as string[] }),
        );
        const byAnnotation = new Map<string, ClaimEntity[]>();
        for (const { claim, cited } of rows) {
          for (const annotationId of cited) {
            const citing = byAnnotation.get(annotationId);
            if (citing) citing.push(claim);
            else byAnnotation.set(annotationId, [claim]);
          }
        }
        return annotationIds.map((id) => byAnnotation.get(id) ?? []);
      });
    });
  }
}
