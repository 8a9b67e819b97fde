import { Injectable } from '@nestjs/common';
import { moderatorsRoom, readingRoom, userRoom } from '@glossa/contracts';
import { EntityManager } from 'typeorm';
import { Transaction } from '../database/transaction-runner';
import { NotFoundError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { EventRedaction } from '../events/event-redaction';
import { NotificationsService } from '../notifications/notifications.service';
import { Moderation } from '../posts/moderation-state';
import { memberView, moderatable } from '../posts/post-visibility';
import { factsOf } from './annotation-audience';
import { annotationPayload } from './annotation.model';
import { AnnotationEntity } from './annotation.entity';
import { lockAnnotation } from './annotation-lock';

/** What the moderation module does to an annotation: lock it for a decision, then apply the decision. */
@Injectable()
export class AnnotationModeration {
  constructor(
    private readonly events: EventLog,
    private readonly redaction: EventRedaction,
    private readonly notifications: NotificationsService,
  ) {}

  /** Locks an annotation for a moderation action; NOT_FOUND when there is none or it is private. */
  async lockForModeration(tx: Transaction, annotationId: string): Promise<AnnotationEntity> {
    const annotation = await lockAnnotation(tx, annotationId);
    if (!annotation || !moderatable(factsOf(annotation))) throw new NotFoundError('No such annotation.');
    return annotation;
  }

  /** Applies a moderation decision and tells the annotation's audience what it now sees. */
  async moderate(
    tx: Transaction,
    annotation: AnnotationEntity,
    moderation: Moderation,
    pinned: boolean,
    actorId: string,
  ): Promise<AnnotationEntity> {
    const before = memberView(factsOf(annotation));
    annotation.moderation = moderation;
    annotation.pinnedAt = pinned ? (annotation.pinnedAt ?? new Date()) : null;
    const saved = await tx.manager.save(annotation);
    const after = memberView(factsOf(saved));
    const members = readingRoom(saved.readingId);
    const state = { subjectType: 'annotation' as const, subjectId: saved.id, moderation, pinned };
    if (after !== 'content') {
      // Hidden or removed: members lose its text, in the log as well as live.
      const reason = moderation === Moderation.REMOVED ? 'REMOVED' : 'HIDDEN';
      await this.redaction.withdraw(tx, members, { type: 'annotation', id: saved.id }, reason);
      await this.notifications.forgetExcerpts(tx, saved.id);
      const ids = { annotationId: saved.id, readingId: saved.readingId, seminarId: saved.seminarId };
      await this.events.append(tx, members, 'annotation.withdrawn', { ...ids, reason }, actorId);
    } else if (before !== 'content') {
      // Restored: the members' log has only its tombstones, so it arrives again with its content.
      const author = await this.authorName(tx.manager, saved.authorId);
      await this.events.append(
        tx,
        members,
        'annotation.updated',
        { annotation: annotationPayload(saved, author) },
        actorId,
      );
    } else {
      await this.events.append(tx, members, 'content.moderated', state, actorId);
    }
    await this.events.append(tx, moderatorsRoom(saved.seminarId), 'content.moderated', state, actorId);
    await this.events.append(tx, userRoom(saved.authorId), 'content.moderated', state, actorId);
    return saved;
  }

  private async authorName(manager: EntityManager, userId: string): Promise<string> {
    const [row]: Array<{ display_name: string }> = await manager.query('SELECT display_name FROM users WHERE id = $1', [
      userId,
    ]);
    return row?.display_name ?? '';
  }
}
