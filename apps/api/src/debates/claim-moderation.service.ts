import { Injectable } from '@nestjs/common';
import { debateRoom, moderatorsRoom, userRoom } from '@glossa/contracts';
import type { Viewer } from '../auth/viewer';
import type { Transaction } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { Moderation } from '../posts/moderation-state';
import { ThreadsService } from '../threads/threads.service';
import { ClaimEntity } from './claim.entity';
import { ClaimEvents } from './claim-events';
import { ClaimEvidenceService } from './claim-evidence.service';
import { claimPayload } from './claim-payload';

/** What the moderation desk does to a claim: lock it for an action, then approve, hide, restore, remove or pin it. */
@Injectable()
export class ClaimModerationService {
  constructor(
    private readonly threads: ThreadsService,
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly claimEvents: ClaimEvents,
    private readonly evidence: ClaimEvidenceService,
  ) {}

  /** Locks a claim for a moderation action; NOT_FOUND when there is none. */
  async lockForModeration(tx: Transaction, claimId: string): Promise<ClaimEntity> {
    const claim = await tx.manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: claimId })
      .getOne();
    if (!claim) throw new NotFoundError('No such claim.');
    return claim;
  }

  /** Changes a claim's moderation state and tells each audience what it now sees. */
  async moderate(
    tx: Transaction,
    claim: ClaimEntity,
    moderation: Moderation,
    pinned: boolean,
    actor: Viewer,
  ): Promise<ClaimEntity> {
    const wasPending = claim.moderation === Moderation.PENDING;
    claim.moderation = moderation;
    claim.pinnedAt = pinned ? (claim.pinnedAt ?? new Date()) : null;
    const saved = await tx.manager.save(claim);
    const evidence = await this.evidence.idsOf(tx.manager, saved.id);
    const author = await this.claimEvents.authorName(tx.manager, saved.authorId);
    const payload = () => ({ claim: claimPayload(saved, author, evidence) });
    if (wasPending && moderation === Moderation.VISIBLE) {
      await this.threads.move(tx, saved.threadId, debateRoom(saved.debateId), null);
      await this.claimEvents.markCitations(tx, saved, evidence, evidence, actor.userId);
      await this.events.append(tx, debateRoom(saved.debateId), 'claim.created', payload(), actor.userId);
    } else if (moderation === Moderation.HIDDEN) {
      await this.redaction.withdraw(tx, debateRoom(saved.debateId), { type: 'claim', id: saved.id }, 'HIDDEN');
      await this.events.append(
        tx,
        debateRoom(saved.debateId),
        'claim.withdrawn',
        { claimId: saved.id, debateId: saved.debateId, reason: 'HIDDEN' },
        actor.userId,
      );
    } else if (!wasPending) {
      // Removed: the place stays (the update below carries no text), the text leaves the log.
      if (moderation === Moderation.REMOVED)
        await this.redaction.withdraw(tx, debateRoom(saved.debateId), { type: 'claim', id: saved.id }, 'REMOVED');
      await this.events.append(tx, debateRoom(saved.debateId), 'claim.updated', payload(), actor.userId);
    }
    await this.events.append(tx, moderatorsRoom(saved.seminarId), 'claim.updated', payload(), actor.userId);
    await this.events.append(tx, userRoom(saved.authorId), 'claim.updated', payload(), actor.userId);
    return saved;
  }
}
