import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import type { Transaction } from '../database/transaction-runner';
import { ForbiddenError, NotFoundError } from '../errors/glossa-error';
import { moderationVisible } from '../posts/moderation-state';
import { Role } from '../seminars/role';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ClaimEntity } from './claim.entity';
import { DebateEntity } from './debate.entity';
import { DebateStatus } from './debate-status';

/** Whether a role moderates its seminar's debates (approves, and may change anyone's evidence). */
export function moderatesDebates(role: Role): boolean {
  return role === Role.OWNER || role === Role.MODERATOR;
}

/**
 * The checks every change to a claim starts with: the debate is open, the viewer's role allows the
 * action, and the claim is one the viewer may see (or change).
 */
@Injectable()
export class ClaimAccess {
  constructor(private readonly access: SeminarAccessService) {}

  /** The debate if it accepts posts now and the viewer's role allows `action`. */
  async openDebate(
    manager: EntityManager,
    viewer: Viewer,
    debateId: string,
    action: SeminarAction,
  ): Promise<{ debate: DebateEntity; role: Role }> {
    const debate = await manager.findOneBy(DebateEntity, { id: debateId });
    if (!debate) throw new NotFoundError('No such debate, or you are not a member of its seminar.');
    const role = await this.access.require(viewer, debate.seminarId, action, manager);
    if (debate.status !== DebateStatus.OPEN)
      throw new ForbiddenError(`This debate is ${debate.status.toLowerCase()}: it takes no new posts or votes.`);
    return { debate, role };
  }

  /** The claim if its moderation state lets the viewer see it; NOT_FOUND otherwise. */
  async visibleClaim(manager: EntityManager, viewer: Viewer, claimId: string): Promise<ClaimEntity> {
    const claim = await manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: claimId })
      .andWhere(moderationVisible('c'), { me: viewer.userId })
      .getOne();
    if (!claim) throw new NotFoundError('No such claim.');
    return claim;
  }

  /** The viewer's own claim, locked for a change, in a debate open to `action`. */
  async ownClaim(tx: Transaction, viewer: Viewer, claimId: string, action: SeminarAction): Promise<ClaimEntity> {
    const claim = await tx.manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .setLock('pessimistic_write')
      .where('c.id = :id', { id: claimId })
      .andWhere(moderationVisible('c'), { me: viewer.userId })
      .getOne();
    if (!claim) throw new NotFoundError('No such claim.');
    await this.openDebate(tx.manager, viewer, claim.debateId, action);
    if (claim.authorId !== viewer.userId) throw new ForbiddenError('Only its author can change a claim.');
    return claim;
  }
}
