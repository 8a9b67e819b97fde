import { Injectable } from '@nestjs/common';
import { AnnotationModeration } from '../annotations/annotation-moderation';
import { AnnotationReadModel } from '../annotations/annotation-read-model';
import type { Viewer } from '../auth/viewer';
import type { Transaction } from '../database/transaction-runner';
import { ClaimModerationService } from '../debates/claim-moderation.service';
import { ClaimReadsService } from '../debates/claim-reads.service';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ThreadModeration } from '../threads/thread-moderation';
import { ThreadReadModel } from '../threads/thread-read-model';
import type { PostState } from './moderation-rules';
import { ModerationSubject } from './moderation.inputs';

/** A post locked for a moderation action: its state now, and a way to change it. */
export interface LockedPost {
  seminarId: string;
  /** The post's own discussion; null for a reply. */
  threadId: string | null;
  state(): Promise<PostState>;
  to(next: PostState): Promise<void>;
}

/**
 * The posts the desk acts on, each through the module that owns it: annotations, replies (threads)
 * and claims (debates).
 */
@Injectable()
export class ModerationSubjects {
  constructor(
    private readonly access: SeminarAccessService,
    private readonly annotations: AnnotationModeration,
    private readonly annotationReads: AnnotationReadModel,
    private readonly threads: ThreadModeration,
    private readonly threadReads: ThreadReadModel,
    private readonly claimReads: ClaimReadsService,
    private readonly claimModeration: ClaimModerationService,
  ) {}

  /** The post as the viewer may see it (a member flags only what they can see). */
  async visible(viewer: Viewer, subject: ModerationSubject, id: string): Promise<{ seminarId: string }> {
    if (subject === ModerationSubject.ANNOTATION) return this.annotationReads.get(viewer, id);
    if (subject === ModerationSubject.REPLY) return this.threadReads.getReply(viewer, id);
    return this.claimReads.get(viewer, id);
  }

  /** Locks the post and checks the moderator's rights over it. */
  async lock(tx: Transaction, viewer: Viewer, subject: ModerationSubject, id: string): Promise<LockedPost> {
    if (subject === ModerationSubject.ANNOTATION) {
      const a = await this.annotations.lockForModeration(tx, id);
      await this.access.require(viewer, a.seminarId, SeminarAction.MODERATE, tx.manager);
      return {
        seminarId: a.seminarId,
        threadId: a.threadId,
        state: async () => ({ moderation: a.moderation, pinned: a.pinnedAt !== null }),
        to: async (n) => void (await this.annotations.moderate(tx, a, n.moderation, n.pinned, viewer.userId)),
      };
    }
    if (subject === ModerationSubject.REPLY) {
      const { comment, thread } = await this.threads.lockReplyForModeration(tx, id);
      await this.access.require(viewer, comment.seminarId, SeminarAction.MODERATE, tx.manager);
      return {
        seminarId: comment.seminarId,
        threadId: null,
        state: async () => ({ moderation: comment.moderation, pinned: false }),
        to: async (n) => void (await this.threads.moderateReply(tx, comment, thread, n.moderation, viewer.userId)),
      };
    }
    const claim = await this.claimModeration.lockForModeration(tx, id);
    await this.access.require(viewer, claim.seminarId, SeminarAction.MODERATE, tx.manager);
    return {
      seminarId: claim.seminarId,
      threadId: claim.threadId,
      state: async () => ({ moderation: claim.moderation, pinned: claim.pinnedAt !== null }),
      to: async (n) => void (await this.claimModeration.moderate(tx, claim, n.moderation, n.pinned, viewer)),
    };
  }
}
