import { Injectable } from '@nestjs/common';
import { debateRoom, moderatorsRoom } from '@glossa/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { AnnotationEvidence } from '../annotations/annotation-evidence';
import { RevealGate } from '../assignment-rules/reveal-gate';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, RateLimitedError } from '../errors/glossa-error';
import { EventRedaction } from '../events/event-redaction';
import { renderMarkdown } from '../posts/markdown';
import { Moderation } from '../posts/moderation-state';
import { acceptBody } from '../posts/post-text';
import { PostRateLimit } from '../rate-limits/post-rate-limit';
import { SeminarAction } from '../seminars/seminar-policy';
import { ThreadsService } from '../threads/threads.service';
import { ClaimAccess, moderatesDebates } from './claim-access';
import { ClaimEntity } from './claim.entity';
import { ClaimEvents } from './claim-events';
import { ClaimEvidenceService } from './claim-evidence.service';
import { DebateEntity } from './debate.entity';
import { ModerationMode } from './debate-status';
import { AddClaimInput, EditClaimInput } from './dto/debate.inputs';
import { slowModeWait } from './slow-mode';

export const MAX_CLAIM_LENGTH = 2000;

/**
 * Members adding, editing and deleting their claims in a debate (a Kialo-like tree of pros and
 * cons). In a pre-moderated debate a member's new claim waits, seen only by moderators and its author.
 */
@Injectable()
export class ClaimCommandsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly claimAccess: ClaimAccess,
    private readonly annotations: AnnotationEvidence,
    private readonly threads: ThreadsService,
    private readonly redaction: EventRedaction,
    private readonly rateLimit: PostRateLimit,
    private readonly claimEvents: ClaimEvents,
    private readonly evidence: ClaimEvidenceService,
    private readonly assignments: RevealGate,
  ) {}

  async add(viewer: Viewer, input: AddClaimInput): Promise<ClaimEntity> {
    const body = acceptBody(input.body, { required: true });
    if (body.length > MAX_CLAIM_LENGTH)
      throw new BadUserInputError(
        `A claim is at most ${MAX_CLAIM_LENGTH} characters; put the detail in its discussion.`,
      );
    const evidence = [...new Set(input.evidenceAnnotationIds)];
    const previous = input.clientId
      ? await this.dataSource.manager.findOneBy(ClaimEntity, { authorId: viewer.userId, clientId: input.clientId })
      : null;
    if (previous) return previous;
    await this.rateLimit.take(viewer.userId);
    try {
      return await this.transactions.run(async (tx) => {
        const { debate, role } = await this.claimAccess.openDebate(
          tx.manager,
          viewer,
          input.debateId,
          SeminarAction.CLAIM,
        );
        if (input.parentId) {
          const parent = await tx.manager.findOneBy(ClaimEntity, { id: input.parentId });
          if (!parent || parent.debateId !== debate.id)
            throw new BadUserInputError('parentId is not a claim of this debate.');
          if (parent.deletedAt || parent.moderation !== Moderation.VISIBLE)
            throw new ConflictError('That claim can no longer be answered.');
        }
        const moderates = moderatesDebates(role);
        if (!moderates) await this.enforceSlowMode(tx, viewer, debate);
        await this.annotations.assertCitable(viewer, evidence, debate.seminarId, tx.manager);
        const pending = debate.moderationMode === ModerationMode.PRE_MODERATED && !moderates;
        const id = randomUUID();
        const thread = await this.threads.open(tx, {
          seminarId: debate.seminarId,
          subjectType: 'claim',
          subjectId: id,
          room: pending ? moderatorsRoom(debate.seminarId) : debateRoom(debate.id),
          privateTo: null,
        });
        const claim = await tx.manager.save(
          tx.manager.create(ClaimEntity, {
            id,
            debateId: debate.id,
            seminarId: debate.seminarId,
            parentId: input.parentId ?? null,
            stance: input.stance,
            authorId: viewer.userId,
            body,
            bodyHtml: renderMarkdown(body),
            threadId: thread.id,
            moderation: pending ? Moderation.PENDING : Moderation.VISIBLE,
            pinnedAt: null,
            clientId: input.clientId ?? null,
            editedAt: null,
            deletedAt: null,
          }),
        );
        await this.evidence.cite(tx, claim.id, evidence, viewer.userId);
        await this.assignments.recordPost(tx, {
          seminarId: debate.seminarId,
          authorId: viewer.userId,
          debateId: debate.id,
        });
        await this.claimEvents.publish(tx, 'claim.created', claim, viewer.displayName, evidence, viewer.userId);
        if (claim.moderation === Moderation.VISIBLE)
          await this.claimEvents.markCitations(tx, claim, evidence, evidence, viewer.userId);
        return claim;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'claims_client_id_key')) {
        return this.dataSource.manager.findOneByOrFail(ClaimEntity, {
          authorId: viewer.userId,
          clientId: input.clientId,
        });
      }
      throw error;
    }
  }

  async edit(viewer: Viewer, input: EditClaimInput): Promise<ClaimEntity> {
    const body = acceptBody(input.body, { required: true });
    if (body.length > MAX_CLAIM_LENGTH)
      throw new BadUserInputError(`A claim is at most ${MAX_CLAIM_LENGTH} characters.`);
    return this.transactions.run(async (tx) => {
      const claim = await this.claimAccess.ownClaim(tx, viewer, input.claimId, SeminarAction.CLAIM);
      if (claim.deletedAt || claim.moderation === Moderation.REMOVED)
        throw new ConflictError('This claim was deleted or removed.');
      claim.body = body;
      claim.bodyHtml = renderMarkdown(body);
      claim.editedAt = new Date();
      const saved = await tx.manager.save(claim);
      await this.claimEvents.publish(
        tx,
        'claim.updated',
        saved,
        viewer.displayName,
        await this.evidence.idsOf(tx.manager, saved.id),
        viewer.userId,
      );
      return saved;
    });
  }

  /** Soft-deletes one's own claim: the tree keeps its shape, the text goes. */
  async remove(viewer: Viewer, claimId: string): Promise<ClaimEntity> {
    return this.transactions.run(async (tx) => {
      const claim = await this.claimAccess.ownClaim(tx, viewer, claimId, SeminarAction.VIEW);
      if (claim.deletedAt) return claim;
      claim.deletedAt = new Date();
      const saved = await tx.manager.save(claim);
      await this.redaction.withdraw(tx, debateRoom(saved.debateId), { type: 'claim', id: saved.id }, 'DELETED');
      await this.claimEvents.publish(tx, 'claim.updated', saved, viewer.displayName, [], viewer.userId);
      return saved;
    });
  }

  /** Slow mode: at least `slowModeSeconds` between one member's claims in this debate. */
  private async enforceSlowMode(tx: Transaction, viewer: Viewer, debate: DebateEntity): Promise<void> {
    if (debate.slowModeSeconds <= 0) return;
    // Two claims sent at once by one member must not both slip through.
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`slow:${debate.id}:${viewer.userId}`]);
    const [last]: Array<{ created_at: Date }> = await tx.manager.query(
      'SELECT created_at FROM claims WHERE debate_id = $1 AND author_id = $2 ORDER BY created_at DESC LIMIT 1',
      [debate.id, viewer.userId],
    );
    const wait = slowModeWait(debate.slowModeSeconds, last ? new Date(last.created_at) : null, new Date());
    if (wait > 0) {
      throw new RateLimitedError(`Slow mode is on: you can post again in ${wait} s.`, { retryAfterSeconds: wait });
    }
  }
}
