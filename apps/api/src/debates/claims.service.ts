import { Injectable, OnModuleInit } from '@nestjs/common';
import { ClaimPayload, debateRoom, moderatorsRoom, readingRoom, userRoom } from '@glossa/contracts';
import DataLoader from 'dataloader';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager } from 'typeorm';
import { plainEntities } from '../database/plain-entities';
import { renderMarkdown } from '../posts/markdown';
import { AnnotationEvidence } from '../annotations/annotation-evidence';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import {
  BadUserInputError,
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RateLimitedError,
} from '../errors/glossa-error';
import type { Viewer } from '../auth/viewer';
import { Moderation, moderationVisible } from '../posts/moderation-state';
import { PostRateLimit } from '../rate-limits/post-rate-limit';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { Role } from '../seminars/role';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { acceptBody } from '../posts/post-text';
import { ThreadsService } from '../threads/threads.service';
import { ThreadSubjects } from '../threads/thread-subjects';
import { ClaimEntity } from './claim.entity';
import { DebateEntity } from './debate.entity';
import { DebateStatus, ModerationMode } from './debate-status';
import { AddClaimInput, EditClaimInput, SetEvidenceInput, VoteInput } from './dto/debate.inputs';

export const MAX_CLAIM_LENGTH = 2000;

export interface VoteSummary {
  /** How many members gave each impact 0–4. */
  distribution: number[];
  mean: number | null;
  count: number;
  mine: number | null;
}

const MODERATING = [Role.OWNER, Role.MODERATOR];

/**
 * Claims of a debate (a Kialo-like tree of pros and cons), their impact votes and the passages they
 * cite. Pending and hidden claims are seen only by moderators and their author.
 */
@Injectable()
export class ClaimsService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly annotations: AnnotationEvidence,
    private readonly threads: ThreadsService,
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly rateLimit: PostRateLimit,
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
        const { debate, role } = await this.openDebate(tx.manager, viewer, input.debateId, SeminarAction.CLAIM);
        if (input.parentId) {
          const parent = await tx.manager.findOneBy(ClaimEntity, { id: input.parentId });
          if (!parent || parent.debateId !== debate.id)
            throw new BadUserInputError('parentId is not a claim of this debate.');
          if (parent.deletedAt || parent.moderation !== Moderation.VISIBLE)
            throw new ConflictError('That claim can no longer be answered.');
        }
        const moderates = MODERATING.includes(role);
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
        if (evidence.length) {
          await tx.manager.query(
            'INSERT INTO claim_evidence (claim_id, annotation_id, created_by) SELECT $1, unnest($2::uuid[]), $3',
            [claim.id, evidence, viewer.userId],
          );
        }
        await this.publish(tx, 'claim.created', claim, viewer.displayName, evidence, viewer.userId);
        if (claim.moderation === Moderation.VISIBLE)
          await this.markCitations(tx, claim, evidence, evidence, viewer.userId);
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
      const claim = await this.ownClaim(tx, viewer, input.claimId, SeminarAction.CLAIM);
      if (claim.deletedAt || claim.moderation === Moderation.REMOVED)
        throw new ConflictError('This claim was deleted or removed.');
      claim.body = body;
      claim.bodyHtml = renderMarkdown(body);
      claim.editedAt = new Date();
      const saved = await tx.manager.save(claim);
      await this.publish(
        tx,
        'claim.updated',
        saved,
        viewer.displayName,
        await this.evidenceIds(tx.manager, saved.id),
        viewer.userId,
      );
      return saved;
    });
  }

  /** Soft-deletes one's own claim: the tree keeps its shape, the text goes. */
  async remove(viewer: Viewer, claimId: string): Promise<ClaimEntity> {
    return this.transactions.run(async (tx) => {
      const claim = await this.ownClaim(tx, viewer, claimId, SeminarAction.VIEW);
      if (claim.deletedAt) return claim;
      claim.deletedAt = new Date();
      const saved = await tx.manager.save(claim);
      await this.redaction.withdraw(tx, debateRoom(saved.debateId), { type: 'claim', id: saved.id }, 'DELETED');
      await this.publish(tx, 'claim.updated', saved, viewer.displayName, [], viewer.userId);
      return saved;
    });
  }

  async vote(viewer: Viewer, input: VoteInput): Promise<ClaimEntity> {
    return this.transactions.run(async (tx) => {
      const claim = await this.visibleClaim(tx.manager, viewer, input.claimId);
      await this.openDebate(tx.manager, viewer, claim.debateId, SeminarAction.VOTE);
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

  /** Replaces the passages a claim cites (its author, or a moderator). */
  async setEvidence(viewer: Viewer, input: SetEvidenceInput): Promise<ClaimEntity> {
    const ids = [...new Set(input.annotationIds)];
    return this.transactions.run(async (tx) => {
      const claim = await this.visibleClaim(tx.manager, viewer, input.claimId);
      const { role } = await this.openDebate(tx.manager, viewer, claim.debateId, SeminarAction.CLAIM);
      if (claim.authorId !== viewer.userId && !MODERATING.includes(role))
        throw new ForbiddenError('Only the claim’s author or a moderator can change its evidence.');
      await this.annotations.assertCitable(viewer, ids, claim.seminarId, tx.manager);
      const before = await this.evidenceIds(tx.manager, claim.id);
      await tx.manager.query('DELETE FROM claim_evidence WHERE claim_id = $1', [claim.id]);
      if (ids.length)
        await tx.manager.query(
          'INSERT INTO claim_evidence (claim_id, annotation_id, created_by) SELECT $1, unnest($2::uuid[]), $3',
          [claim.id, ids, viewer.userId],
        );
      if (claim.moderation === Moderation.VISIBLE) {
        await this.events.append(
          tx,
          debateRoom(claim.debateId),
          'evidence.changed',
          { claimId: claim.id, debateId: claim.debateId, annotationIds: ids },
          viewer.userId,
        );
        await this.markCitations(tx, claim, [...before, ...ids], ids, viewer.userId);
      }
      return claim;
    });
  }

  /** Tells the rooms of the readings whose passages gained or lost a citation, so they mark them anew. */
  private async markCitations(
    tx: Transaction,
    claim: ClaimEntity,
    affected: string[],
    current: string[],
    actorId: string,
  ): Promise<void> {
    if (affected.length === 0) return;
    const readings: Array<{ reading_id: string }> = await tx.manager.query(
      'SELECT DISTINCT reading_id FROM annotations WHERE id = ANY($1)',
      [[...new Set(affected)]],
    );
    for (const { reading_id: readingId } of readings) {
      await this.events.append(
        tx,
        readingRoom(readingId),
        'evidence.changed',
        { claimId: claim.id, debateId: claim.debateId, annotationIds: current },
        actorId,
      );
    }
  }

  /** Changes a claim's moderation state (for the moderation desk) and tells each audience what it now sees. */
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
    const evidence = await this.evidenceIds(tx.manager, saved.id);
    const author = await this.authorName(tx.manager, saved.authorId);
    if (wasPending && moderation === Moderation.VISIBLE) {
      await this.threads.move(tx, saved.threadId, debateRoom(saved.debateId), null);
      await this.markCitations(tx, saved, evidence, evidence, actor.userId);
      await this.events.append(
        tx,
        debateRoom(saved.debateId),
        'claim.created',
        { claim: this.payload(saved, author, evidence) },
        actor.userId,
      );
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
      await this.events.append(
        tx,
        debateRoom(saved.debateId),
        'claim.updated',
        { claim: this.payload(saved, author, evidence) },
        actor.userId,
      );
    }
    await this.events.append(
      tx,
      moderatorsRoom(saved.seminarId),
      'claim.updated',
      { claim: this.payload(saved, author, evidence) },
      actor.userId,
    );
    await this.events.append(
      tx,
      userRoom(saved.authorId),
      'claim.updated',
      { claim: this.payload(saved, author, evidence) },
      actor.userId,
    );
    return saved;
  }

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

  /** One claim as the viewer may see it, after checking they belong to its seminar. */
  async get(viewer: Viewer, claimId: string): Promise<ClaimEntity> {
    const claim = await this.visibleClaim(this.dataSource.manager, viewer, claimId);
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

  /** Vote summaries by claim id, one query per request. */
  votes(viewer: Viewer): DataLoader<string, VoteSummary> {
    return viewer.loaders.for(
      this.votes,
      () =>
        new DataLoader<string, VoteSummary>((ids) => this.summaries(this.dataSource.manager, [...ids], viewer.userId)),
    );
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

  payload(claim: ClaimEntity, authorName: string, evidence: string[]): ClaimPayload {
    const silenced = claim.deletedAt !== null || claim.moderation === Moderation.REMOVED;
    return {
      id: claim.id,
      debateId: claim.debateId,
      parentId: claim.parentId,
      stance: claim.stance,
      authorId: claim.authorId,
      authorName,
      body: silenced ? '' : claim.body,
      threadId: claim.threadId,
      moderation: claim.moderation,
      pinned: claim.pinnedAt !== null,
      evidenceAnnotationIds: silenced ? [] : evidence,
      createdAt: claim.createdAt.toISOString(),
      editedAt: claim.editedAt ? claim.editedAt.toISOString() : null,
      deleted: claim.deletedAt !== null,
    };
  }

  private async publish(
    tx: Transaction,
    type: 'claim.created' | 'claim.updated',
    claim: ClaimEntity,
    authorName: string,
    evidence: string[],
    actorId: string,
  ): Promise<void> {
    const payload = { claim: this.payload(claim, authorName, evidence) };
    if (claim.moderation === Moderation.VISIBLE || claim.moderation === Moderation.REMOVED) {
      await this.events.append(tx, debateRoom(claim.debateId), type, payload, actorId);
    } else {
      // Pending or hidden: only the moderators and the author hear of it.
      await this.events.append(tx, moderatorsRoom(claim.seminarId), type, payload, actorId);
      await this.events.append(tx, userRoom(claim.authorId), type, payload, actorId);
    }
  }

  private async summaries(manager: EntityManager, claimIds: string[], me: string | null): Promise<VoteSummary[]> {
    const rows: Array<{ claim_id: string; impact: number; n: number; mine: boolean }> = await manager.query(
      'SELECT claim_id, impact, count(*)::int AS n, bool_or(user_id = $2) AS mine FROM votes WHERE claim_id = ANY($1) GROUP BY claim_id, impact',
      [claimIds, me],
    );
    return claimIds.map((id) => {
      const distribution = [0, 0, 0, 0, 0];
      let mine: number | null = null;
      for (const row of rows.filter((r) => r.claim_id === id)) {
        distribution[row.impact] = row.n;
        if (row.mine) mine = row.impact;
      }
      const count = distribution.reduce((a, b) => a + b, 0);
      const mean = count ? distribution.reduce((sum, n, impact) => sum + n * impact, 0) / count : null;
      return { distribution, mean, count, mine };
    });
  }

  /** The debate if it accepts posts now and the viewer's role allows `action`. */
  private async openDebate(
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

  /** Slow mode: at least `slowModeSeconds` between one member's claims in this debate. */
  private async enforceSlowMode(tx: Transaction, viewer: Viewer, debate: DebateEntity): Promise<void> {
    if (debate.slowModeSeconds <= 0) return;
    // Two claims sent at once by one member must not both slip through.
    await tx.manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`slow:${debate.id}:${viewer.userId}`]);
    const [last]: Array<{ created_at: Date }> = await tx.manager.query(
      'SELECT created_at FROM claims WHERE debate_id = $1 AND author_id = $2 ORDER BY created_at DESC LIMIT 1',
      [debate.id, viewer.userId],
    );
    if (!last) return;
    const wait = debate.slowModeSeconds - (Date.now() - new Date(last.created_at).getTime()) / 1000;
    if (wait > 0) {
      throw new RateLimitedError(`Slow mode is on: you can post again in ${Math.ceil(wait)} s.`, {
        retryAfterSeconds: Math.ceil(wait),
      });
    }
  }

  private async visibleClaim(manager: EntityManager, viewer: Viewer, claimId: string): Promise<ClaimEntity> {
    const claim = await manager
      .getRepository(ClaimEntity)
      .createQueryBuilder('c')
      .where('c.id = :id', { id: claimId })
      .andWhere(moderationVisible('c'), { me: viewer.userId })
      .getOne();
    if (!claim) throw new NotFoundError('No such claim.');
    return claim;
  }

  private async ownClaim(
    tx: Transaction,
    viewer: Viewer,
    claimId: string,
    action: SeminarAction,
  ): Promise<ClaimEntity> {
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

  private async evidenceIds(manager: EntityManager, claimId: string): Promise<string[]> {
    const rows: Array<{ annotation_id: string }> = await manager.query(
      'SELECT annotation_id FROM claim_evidence WHERE claim_id = $1 ORDER BY created_at',
      [claimId],
    );
    return rows.map((r) => r.annotation_id);
  }

  private async authorName(manager: EntityManager, userId: string): Promise<string> {
    const [row]: Array<{ display_name: string }> = await manager.query('SELECT display_name FROM users WHERE id = $1', [
      userId,
    ]);
    return row?.display_name ?? 'Former member';
  }
}
