import { Injectable } from '@nestjs/common';
import { moderatorsRoom, userRoom } from '@glossa/contracts';
import { UsersService } from '../auth/users.service';
import { Transaction } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { NotificationsService } from '../notifications/notifications.service';
import { Moderation } from '../posts/moderation-state';
import { memberView, moderatable } from '../posts/post-visibility';
import { CommentEntity } from './comment.entity';
import { lockedReply } from './locked-reply';
import { contentRoomsOf, factsOf, payloadOf } from './reply-audience';
import { ThreadEntity } from './thread.entity';
import { ThreadSubjects } from './thread-subjects';

/**
 * What the moderation desk does to discussions: holds back, hides, removes or restores a reply (its
 * text leaves or comes back to the members' log and rooms), and locks or unlocks a thread.
 */
@Injectable()
export class ThreadModeration {
  constructor(
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly notifications: NotificationsService,
    private readonly users: UsersService,
    private readonly subjects: ThreadSubjects,
  ) {}

  /** Locks a reply for a moderation action; NOT_FOUND when there is none. */
  async lockReplyForModeration(
    tx: Transaction,
    replyId: string,
  ): Promise<{ comment: CommentEntity; thread: ThreadEntity }> {
    const comment = await lockedReply(tx, replyId);
    const thread = await tx.manager.findOneByOrFail(ThreadEntity, { id: comment.threadId });
    // A reply in a private thread does not exist for moderators.
    if (!moderatable(factsOf(comment, thread))) throw new NotFoundError('No such reply.');
    return { comment, thread };
  }

  /** Sets a reply's moderation, and tells members, moderators and its author what they may now see. */
  async moderateReply(
    tx: Transaction,
    comment: CommentEntity,
    thread: ThreadEntity,
    moderation: Moderation,
    actorId: string,
  ): Promise<CommentEntity> {
    const before = memberView(factsOf(comment, thread));
    const subject = await this.subjects.of(tx.manager, thread);
    comment.moderation = moderation;
    const saved = await tx.manager.save(comment);
    const after = memberView(factsOf(saved, thread));
    const about = { subjectType: thread.subjectType, subjectId: thread.subjectId };
    const state = { subjectType: 'comment' as const, subjectId: saved.id, moderation };
    if (after !== 'content') {
      // Hidden or removed: members lose its text, in the log as well as live.
      const reason = moderation === Moderation.REMOVED ? 'REMOVED' : 'HIDDEN';
      await this.redaction.withdraw(tx, thread.room, { type: 'comment', id: saved.id }, reason);
      await this.notifications.forgetExcerpts(tx, saved.id);
      const ids = { commentId: saved.id, threadId: thread.id, ...about, reason } as const;
      await this.events.append(tx, thread.room, 'comment.withdrawn', ids, actorId);
    } else if (before !== 'content') {
      // Restored: the members' log has only its tombstones, so it arrives again with its content.
      const author = await this.users.get(saved.authorId, tx.manager);
      const payload = { comment: payloadOf(saved, author), ...about };
      for (const to of contentRoomsOf(saved, thread, subject))
        await this.events.append(tx, to, 'comment.updated', payload, actorId);
    } else {
      await this.events.append(tx, thread.room, 'content.moderated', state, actorId);
    }
    await this.events.append(tx, moderatorsRoom(saved.seminarId), 'content.moderated', state, actorId);
    await this.events.append(tx, userRoom(saved.authorId), 'content.moderated', state, actorId);
    return saved;
  }

  /** Locks or unlocks a discussion (no new replies while locked); false when it already was so. */
  async setLocked(
    tx: Transaction,
    threadId: string,
    locked: boolean,
    subject: { type: 'annotation' | 'claim'; id: string },
    actorId: string,
  ): Promise<boolean> {
    const thread = await tx.manager
      .getRepository(ThreadEntity)
      .createQueryBuilder('t')
      .setLock('pessimistic_write')
      .where('t.id = :id', { id: threadId })
      .getOneOrFail();
    if ((thread.lockedAt !== null) === locked) return false;
    thread.lockedAt = locked ? new Date() : null;
    await tx.manager.save(thread);
    // The post's own state travels with the lock; the module that owns the post reads it (ThreadSubjects).
    const post = await this.subjects.of(tx.manager, thread);
    const moderation = post?.facts.moderation ?? Moderation.VISIBLE;
    await this.events.append(
      tx,
      thread.room,
      'content.moderated',
      { subjectType: subject.type, subjectId: subject.id, moderation, locked },
      actorId,
    );
    return true;
  }
}
