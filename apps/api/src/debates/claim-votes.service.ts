import { Injectable } from '@nestjs/common';
import { debateRoom } from '@glossa/contracts';
import DataLoader from 'dataloader';
import { DataSource, EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction-runner';
import { ConflictError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { Moderation } from '../posts/moderation-state';
import { SeminarAction } from '../seminars/seminar-policy';
import { ClaimAccess } from './claim-access';
import type { ClaimEntity } from './claim.entity';
import { VoteInput } from './dto/debate.inputs';
import { ImpactCount, summarizeVotes, VoteSummary } from './vote-summary';

/** Members' impact votes (0–4) on claims, and their summaries. */
@Injectable()
export class ClaimVotesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly claimAccess: ClaimAccess,
    private readonly events: EventLog,
  ) {}

  async vote(viewer: Viewer, input: VoteInput): Promise<ClaimEntity> {
    return this.transactions.run(async (tx) => {
      const claim = await this.claimAccess.visibleClaim(tx.manager, viewer, input.claimId);
      await this.claimAccess.openDebate(tx.manager, viewer, claim.debateId, SeminarAction.VOTE);
      if (claim.deletedAt || claim.moderation !== Moderation.VISIBLE)
        throw new ConflictError('This claim cannot be voted on now.');
      if (input.impact === null || input.impact === undefined) {
        await tx.manager.query('DELETE FROM votes WHERE claim_id = $1 AND user_id = $2', [claim.id, viewer.userId]);
      } else {
        await tx.manager.query(
          `INSERT INTO votes (claim_id, user_id, impact) VALUES ($1, $2, $3)
           ON CONFLICT (claim_id, user_id) DO UPDATE SET impact = EXCLUDED.impact, updated_at = clock_timestamp()`,
          [claim.id, viewer.userId, input.impact],
        );
      }
      const [summary] = await this.summaries(tx.manager, [claim.id], null);
      await this.events.append(
        tx,
        debateRoom(claim.debateId),
        'vote.changed',
        {
          claimId: claim.id,
          debateId: claim.debateId,
          distribution: summary.distribution,
          mean: summary.mean,
          votes: summary.count,
        },
        viewer.userId,
      );
      return claim;
    });
  }

  /** Vote summaries by claim id, one query per request. */
  votes(viewer: Viewer): DataLoader<string, VoteSummary> {
    return viewer.loaders.for(
      this.votes,
      () =>
        new DataLoader<string, VoteSummary>((ids) => this.summaries(this.dataSource.manager, [...ids], viewer.userId)),
    );
  }

  private async summaries(manager: EntityManager, claimIds: string[], me: string | null): Promise<VoteSummary[]> {
    const rows: ImpactCount[] = await manager.query(
      'SELECT claim_id, impact, count(*)::int AS n, bool_or(user_id = $2) AS mine FROM votes WHERE claim_id = ANY($1) GROUP BY claim_id, impact',
      [claimIds, me],
    );
    return summarizeVotes(claimIds, rows);
  }
}
