import { Injectable } from '@nestjs/common';
import type { Viewer } from '../auth/viewer';
import { TransactionRunner } from '../database/transaction-runner';
import type { DebateEntity } from '../debates/debate.entity';
import { DebatesService } from '../debates/debates.service';
import { BadUserInputError, ConflictError } from '../errors/glossa-error';
import { SeminarAccessService } from '../seminars/seminar-access.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { ThreadModeration } from '../threads/thread-moderation';
import { debateSettings } from './debate-settings';
import { FlagsService } from './flags.service';
import { ModerationAuditLog } from './moderation-audit-log';
import { describeState, nextPostState, PostAction } from './moderation-rules';
import { ModerationSubjects } from './moderation-subjects';
import { ModerateDebateInput, ModeratePostInput, ModerationSubject, SUBJECT_TYPE } from './moderation.inputs';
import { ModerationActionModel } from './moderation.models';

/**
 * Moderators acting on posts and debates, each action with a reason in the audit log. Two
 * moderators acting on one item at once: the second finds its state changed and gets CONFLICT.
 */
@Injectable()
export class ModerationActionsService {
  constructor(
    private readonly transactions: TransactionRunner,
    private readonly access: SeminarAccessService,
    private readonly subjects: ModerationSubjects,
    private readonly threads: ThreadModeration,
    private readonly debates: DebatesService,
    private readonly flags: FlagsService,
    private readonly auditLog: ModerationAuditLog,
  ) {}

  async moderatePost(viewer: Viewer, input: ModeratePostInput): Promise<ModerationActionModel> {
    return this.transactions.run(async (tx) => {
      const type = SUBJECT_TYPE[input.subjectType];
      const apply = await this.subjects.lock(tx, viewer, input.subjectType, input.subjectId);
      const now = await apply.state();
      if (input.action === PostAction.LOCK_THREAD || input.action === PostAction.UNLOCK_THREAD) {
        if (input.subjectType === ModerationSubject.REPLY)
          throw new BadUserInputError('Lock the discussion through its annotation or claim.');
        const changed = await this.threads.setLocked(
          tx,
          apply.threadId as string,
          input.action === PostAction.LOCK_THREAD,
          { type: type as 'annotation' | 'claim', id: input.subjectId },
          viewer.userId,
        );
        if (!changed)
          throw new ConflictError(
            `This discussion is already ${input.action === PostAction.LOCK_THREAD ? 'locked' : 'unlocked'}.`,
          );
      } else {
        const next = nextPostState(input.action, now);
        if (!next)
          throw new ConflictError(
            `Cannot ${input.action.toLowerCase()}: this post is ${describeState(now)} (another moderator may have acted on it).`,
            { moderation: now.moderation, pinned: now.pinned },
          );
        await apply.to(next);
        if (input.action === PostAction.HIDE || input.action === PostAction.REMOVE)
          await this.flags.resolveOpen(tx, type, input.subjectId, viewer.userId);
      }
      return this.auditLog.record(tx, viewer, apply.seminarId, input.action, type, input.subjectId, input.reason, {
        before: now,
      });
    });
  }

  async moderateDebate(viewer: Viewer, input: ModerateDebateInput): Promise<DebateEntity> {
    return this.transactions.run(async (tx) => {
      const debate = await this.debates.lockForModeration(tx, input.debateId);
      await this.access.require(viewer, debate.seminarId, SeminarAction.MODERATE, tx.manager);
      const before = {
        status: debate.status,
        moderationMode: debate.moderationMode,
        slowModeSeconds: debate.slowModeSeconds,
      };
      const settings = debateSettings(debate, input);
      const saved = await this.debates.applySettings(tx, debate, settings, viewer.userId);
      await this.auditLog.record(
        tx,
        viewer,
        debate.seminarId,
        `DEBATE_${input.action}`,
        'debate',
        debate.id,
        input.reason,
        { before, after: settings },
      );
      return saved;
    });
  }
}
