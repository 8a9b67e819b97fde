import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Viewer } from '../auth/viewer';
import { isUniqueViolation, Transaction, TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, ConflictError, ForbiddenError, NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { NotificationsService } from '../notifications/notifications.service';
import { renderMarkdown } from '../posts/markdown';
import { acceptBody } from '../posts/post-text';
import { SeminarAction } from '../seminars/seminar-policy';
import { CommentEntity } from './comment.entity';
import { EditReplyInput, ReactInput, ReplyInput } from './dto/thread.inputs';
import { ReactionCounts } from './reaction-kind';
import { ReactionsService } from './reactions.service';
import { lockedReply } from './locked-reply';
import { contentRoomsOf, mentionAudienceOf, payloadOf } from './reply-audience';
import { ThreadEntity } from './thread.entity';
import { ThreadSubject } from './thread-subjects';
import { ThreadsService } from './threads.service';

/**
 * What members do in a discussion (the GraphQL mutations, and the demo's scripted members): reply at
 * any depth, edit and soft-delete their own replies, react. Each announces itself to those who may
 * read the reply (`contentRoomsOf`).
 */
@Injectable()
export class ReplyCommands {
  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly threads: ThreadsService,
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly reactions: ReactionsService,
    private readonly notifications: NotificationsService,
  ) {}

  async reply(viewer: Viewer, input: ReplyInput): Promise<CommentEntity> {
    const body = acceptBody(input.body, { required: true });
    const previous = input.clientId
      ? await this.dataSource.manager.findOneBy(CommentEntity, { authorId: viewer.userId, clientId: input.clientId })
      : null;
    if (previous) return previous;
    try {
      return await this.transactions.run(async (tx) => {
        const { thread, subject } = await this.threads.authorizeWithSubject(
          viewer,
          input.threadId,
          SeminarAction.REPLY,
          tx.manager,
        );
        if (thread.lockedAt) throw new ForbiddenError('This discussion is locked by a moderator.');
        let depth = 0;
        // Whose posts this answers, to tell them (not the authors of what was deleted since).
        const answered: string[] = [];
        if (subject && !subject.facts.deleted) answered.push(subject.facts.authorId);
        if (input.parentId) {
          const parent = await tx.manager.findOneBy(CommentEntity, { id: input.parentId });
          if (!parent || parent.threadId !== thread.id)
            throw new BadUserInputError('parentId is not a reply in this discussion.');
          depth = parent.depth + 1;
          if (!parent.deletedAt) answered.push(parent.authorId);
        }
        const comment = await tx.manager.save(
          tx.manager.create(CommentEntity, {
            threadId: thread.id,
            seminarId: thread.seminarId,
            parentId: input.parentId ?? null,
            depth,
            authorId: viewer.userId,
            body,
            bodyHtml: renderMarkdown(body),
            clientId: input.clientId ?? null,
            editedAt: null,
            deletedAt: null,
          }),
        );
        await this.notifications.notifyReply(tx, {
          seminarId: thread.seminarId,
          actor: viewer,
          body,
          subjectType: 'reply',
          subjectId: comment.id,
          readingId: subject?.readingId ?? null,
          audience: mentionAudienceOf(thread, subject),
          answered,
        });
        await this.announce(tx, 'comment.created', comment, thread, subject, viewer);
        return comment;
      });
    } catch (error) {
      if (input.clientId && isUniqueViolation(error, 'comments_client_id_key')) {
        return this.dataSource.manager.findOneByOrFail(CommentEntity, {
          authorId: viewer.userId,
          clientId: input.clientId,
        });
      }
      throw error;
    }
  }

  async edit(viewer: Viewer, input: EditReplyInput): Promise<CommentEntity> {
    const body = acceptBody(input.body, { required: true });
    return this.transactions.run(async (tx) => {
      const { comment, thread, subject } = await this.ownReply(tx, viewer, input.replyId, SeminarAction.REPLY);
      if (comment.deletedAt) throw new ConflictError('This reply was deleted.');
      if (thread.lockedAt) throw new ForbiddenError('This discussion is locked by a moderator.');
      comment.body = body;
      comment.bodyHtml = renderMarkdown(body);
      comment.editedAt = new Date();
      const saved = await tx.manager.save(comment);
      await this.announce(tx, 'comment.updated', saved, thread, subject, viewer);
      return saved;
    });
  }

  /** Soft-deletes one's own reply: its place in the thread stays, its text goes. */
  async remove(viewer: Viewer, replyId: string): Promise<CommentEntity> {
    return this.transactions.run(async (tx) => {
      const { comment, thread, subject } = await this.ownReply(tx, viewer, replyId, SeminarAction.VIEW);
      if (comment.deletedAt) return comment;
      const rooms = contentRoomsOf(comment, thread, subject);
      comment.deletedAt = new Date();
      const saved = await tx.manager.save(comment);
      await this.redaction.withdraw(tx, thread.room, { type: 'comment', id: comment.id }, 'DELETED');
      await this.notifications.forgetExcerpts(tx, comment.id);
      for (const to of rooms)
        await this.events.append(
          tx,
          to,
          'comment.deleted',
          { commentId: comment.id, threadId: thread.id, subjectType: thread.subjectType, subjectId: thread.subjectId },
          viewer.userId,
        );
      return saved;
    });
  }

  async reactToReply(viewer: Viewer, input: ReactInput): Promise<ReactionCounts> {
    return this.transactions.run(async (tx) => {
      const comment = await tx.manager.findOneBy(CommentEntity, { id: input.subjectId });
      if (!comment) throw new NotFoundError('No such reply.');
      const { thread, subject } = await this.threads.authorizeWithSubject(
        viewer,
        comment.threadId,
        SeminarAction.REACT,
        tx.manager,
      );
      if (comment.deletedAt) throw new ConflictError('This reply was deleted.');
      const reacted = { type: 'comment' as const, id: comment.id };
      const counts = await this.reactions.react(tx, reacted, viewer, input, contentRoomsOf(comment, thread, subject));
      return counts;
    });
  }

  /** Sends a reply's text to everyone who may read it (`contentRoomsOf`). */
  private async announce(
    tx: Transaction,
    type: 'comment.created' | 'comment.updated',
    comment: CommentEntity,
    thread: ThreadEntity,
    subject: ThreadSubject | null,
    viewer: Viewer,
  ): Promise<void> {
    const payload = {
      comment: payloadOf(comment, viewer),
      subjectType: thread.subjectType,
      subjectId: thread.subjectId,
    };
    for (const to of contentRoomsOf(comment, thread, subject))
      await this.events.append(tx, to, type, payload, viewer.userId);
  }

  private async ownReply(
    tx: Transaction,
    viewer: Viewer,
    replyId: string,
    action: SeminarAction,
  ): Promise<{ comment: CommentEntity; thread: ThreadEntity; subject: ThreadSubject | null }> {
    const comment = await lockedReply(tx, replyId);
    const { thread, subject } = await this.threads.authorizeWithSubject(viewer, comment.threadId, action, tx.manager);
    if (comment.authorId !== viewer.userId) throw new ForbiddenError('Only its author can change a reply.');
    return { comment, thread, subject };
  }
}
