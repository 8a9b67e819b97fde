import { Injectable } from '@nestjs/common';
import { debateRoom } from '@glossa/contracts';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import { AnnotationEvidence } from '../annotations/annotation-evidence';
import type { Viewer } from '../auth/viewer';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { ForbiddenError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { Moderation } from '../posts/moderation-state';
import { SeminarAction } from '../seminars/seminar-policy';
import { ClaimAccess, moderatesDebates } from './claim-access';
import type { ClaimEntity } from './claim.entity';
import { ClaimEvents } from './claim-events';
import { SetEvidenceInput } from './dto/debate.inputs';

/** The passages (annotations) a claim cites as its evidence. */
@Injectable()
export class ClaimEvidenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly claimAccess: ClaimAccess,
    private readonly annotations: AnnotationEvidence,
    private readonly events: EventLog,
    private readonly claimEvents: ClaimEvents,
  ) {}

  /** Replaces the passages a claim cites (its author, or a moderator). */
  async setEvidence(viewer: Viewer, input: SetEvidenceInput): Promise<ClaimEntity> {
    const ids = [...new Set(input.annotationIds)];
    return this.transactions.run(async (tx) => {
      const claim = await this.claimAccess.visibleClaim(tx.manager, viewer, input.claimId);
      const { role } = await this.claimAccess.openDebate(tx.manager, viewer, claim.debateId, SeminarAction.CLAIM);
      if (claim.authorId !== viewer.userId && !moderatesDebates(role))
        throw new ForbiddenError('Only the claim’s author or a moderator can change its evidence.');
      await this.annotations.assertCitable(viewer, ids, claim.seminarId, tx.manager);
      const before = await this.idsOf(tx.manager, claim.id);
      await tx.manager.query('DELETE FROM claim_evidence WHERE claim_id = $1', [claim.id]);
      await this.cite(tx, claim.id, ids, viewer.userId);
      if (claim.moderation === Moderation.VISIBLE) {
        await this.events.append(
          tx,
          debateRoom(claim.debateId),
          'evidence.changed',
          { claimId: claim.id, debateId: claim.debateId, annotationIds: ids },
          viewer.userId,
        );
        await this.claimEvents.markCitations(tx, claim, [...before, ...ids], ids, viewer.userId);
      }
      return claim;
    });
  }

  /** Adds passages (already checked citable) to a claim's evidence. */
  async cite(tx: Transaction, claimId: string, annotationIds: string[], citedBy: string): Promise<void> {
    if (annotationIds.length === 0) return;
    await tx.manager.query(
      'INSERT INTO claim_evidence (claim_id, annotation_id, created_by) SELECT $1, unnest($2::uuid[]), $3',
      [claimId, annotationIds, citedBy],
    );
  }

  /** The passages one claim cites, oldest citation first. */
  async idsOf(manager: EntityManager, claimId: string): Promise<string[]> {
    const rows: Array<{ annotation_id: string }> = await manager.query(
      'SELECT annotation_id FROM claim_evidence WHERE claim_id = $1 ORDER BY created_at',
      [claimId],
    );
    return rows.map((r) => r.annotation_id);
  }

  /** The annotation ids each claim cites, one query per request. */
  evidence(viewer: Viewer): DataLoader<string, string[]> {
    return viewer.loaders.for(
      this.evidence,
      () =>
        new DataLoader<string, string[]>(async (claimIds) => {
          const rows: Array<{ claim_id: string; annotation_id: string }> = await this.dataSource.query(
            'SELECT claim_id, annotation_id FROM claim_evidence WHERE claim_id = ANY($1) ORDER BY created_at, annotation_id',
            [claimIds],
          );
          return claimIds.map((id) => rows.filter((r) => r.claim_id === id).map((r) => r.annotation_id));
        }),
    );
  }
}
