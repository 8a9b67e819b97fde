import { Injectable } from '@nestjs/common';
import { userRoom } from '@glossa/contracts';
import { DataSource, In, IsNull } from 'typeorm';
import { Transaction } from '../database/transaction-runner';
import { RevealGate } from '../assignment-rules/reveal-gate';
import type { Viewer } from '../auth/viewer';
import { Connection } from '../pagination/connection.model';
import { toConnection } from '../pagination/keyset-page';
import { decodeCursor } from '../pagination/cursor';
import { EventLog } from '../events/event-log';
import { AnonymousDiscussions } from '../anonymity/anonymous-discussions';
import { PseudonymBook } from '../anonymity/pseudonym-book';
import { mentionedUserIds } from '../posts/markdown';
import { NotificationEntity } from './notification.entity';

export interface MentionSource {
  seminarId: string;
  actor: Viewer;
  body: string;
  subjectType: 'annotation' | 'reply';
  subjectId: string;
  readingId: string | null;
  /** Only these may be notified (e.g. the author alone for a private annotation); null: any member. */
  audience?: string[] | null;
}

/** A reply just written, whose thread's post and parent reply have authors to tell. */
export interface ReplySource extends MentionSource {
  subjectType: 'reply';
  /** Who wrote the annotation or claim the thread hangs from, and the reply answered (if any). */
  answered: string[];
}

export type NotificationKind = 'MENTION' | 'REPLY';

/** A notification just written, as the modules that act on it (email) see it. */
export interface CreatedNotification {
  id: string;
  userId: string;
  seminarId: string;
  kind: NotificationKind;
  actorId: string;
  subjectType: 'annotation' | 'reply';
  subjectId: string;
  readingId: string | null;
}

/** Runs in the transaction that wrote the notification, so what it writes commits with it. */
export type NotificationListener = (tx: Transaction, created: CreatedNotification) => Promise<void>;

@Injectable()
export class NotificationsService {
  private readonly listeners: NotificationListener[] = [];

  constructor(
    private readonly dataSource: DataSource,
    private readonly events: EventLog,
    private readonly discussions: AnonymousDiscussions,
    private readonly pseudonyms: PseudonymBook,
    private readonly assignments: RevealGate,
  ) {}

  /** Modules above this one (email) act on every notification, in its post's transaction. */
  onCreated(listener: NotificationListener): void {
    this.listeners.push(listener);
  }

  /**
   * Notifies the members a body mentions (not the author, not outsiders, nobody who may not see the
   * post), in the post's transaction, each on their own room. Returns who was notified.
   */
  async notifyMentions(tx: Transaction, source: MentionSource): Promise<string[]> {
    return this.notifyMembers(tx, 'MENTION', await this.peopleMeant(tx, source, mentionedUserIds(source.body)), source);
  }

  /**
   * The people mentions name: in an anonymous discussion the mention picker offers peers only
   * opaque ids (docs/anonymous-mode.md), which stand for their members here.
   */
  private async peopleMeant(tx: Transaction, source: MentionSource, ids: string[]): Promise<string[]> {
    if (ids.length === 0) return ids;
    const subject = source.subjectType === 'reply' ? 'comment' : 'annotation';
    const place = await this.discussions.placeOfSubject(tx.manager, subject, source.subjectId);
    const scope = place && (await this.discussions.scopeIn(tx.manager, place));
    return scope ? [...ids, ...(await this.pseudonyms.usersBehind(tx.manager, scope, ids))] : ids;
  }

  /**
   * Notifies the authors of the post a reply answers and of the reply it answers, in the reply's
   * transaction. Someone the reply also mentions hears of it once, as a mention.
   */
  async notifyReply(tx: Transaction, source: ReplySource): Promise<void> {
    const mentioned = await this.notifyMentions(tx, source);
    const answered = [...new Set(source.answered)].filter((id) => !mentioned.includes(id));
    await this.notifyMembers(tx, 'REPLY', answered, source);
  }

  private async notifyMembers(
    tx: Transaction,
    kind: NotificationKind,
    candidates: string[],
    source: MentionSource,
  ): Promise<string[]> {
    let wanted = candidates.filter(
      (id) => id !== source.actor.userId && (!source.audience || source.audience.includes(id)),
    );
    // A mention on a reading hidden from someone (hide until you post, or written outside their
    // group: docs/small-groups.md) does not reach them: its excerpt would show what they may not
    // read. Those a reply answers already saw the thread.
    if (kind === 'MENTION' && source.readingId && wanted.length > 0) {
      const post = { readingId: source.readingId, authorId: source.actor.userId, seminarId: source.seminarId };
      const hidden = await this.assignments.hiddenFrom(tx.manager, post, wanted);
      wanted = wanted.filter((id) => !hidden.has(id));
    }
    if (wanted.length === 0) return [];
    const members: Array<{ user_id: string }> = await tx.manager.query(
      'SELECT user_id FROM memberships WHERE seminar_id = $1 AND user_id = ANY($2)',
      [source.seminarId, wanted],
    );
    const excerpt = source.body.replace(/@\[([^\]]+)\]\(user:[^)]+\)/g, '@$1').slice(0, 200);
    for (const { user_id: userId } of members) {
      const fields: Omit<CreatedNotification, 'id'> = {
        userId,
        seminarId: source.seminarId,
        kind,
        actorId: source.actor.userId,
        subjectType: source.subjectType,
        subjectId: source.subjectId,
        readingId: source.readingId,
      };
      const notification = await tx.manager.save(
        tx.manager.create(NotificationEntity, { ...fields, excerpt, readAt: null }),
      );
      await this.events.append(
        tx,
        userRoom(userId),
        'notification.created',
        {
          notificationId: notification.id,
          kind,
          seminarId: source.seminarId,
          actorName: source.actor.displayName,
          excerpt,
          readingId: source.readingId,
          subjectType: source.subjectType,
          subjectId: source.subjectId,
        },
        source.actor.userId,
      );
      for (const listener of this.listeners) await listener(tx, { ...fields, id: notification.id });
    }
    return members.map((m) => m.user_id);
  }

  /**
   * A post left the members' view (hidden, removed, deleted, made private): its mentions keep
   * pointing at it, but no longer quote it (the events that carried the excerpt are rewritten too).
   */
  async forgetExcerpts(tx: Transaction, subjectId: string): Promise<void> {
    await tx.manager.query(`UPDATE notifications SET excerpt = '' WHERE subject_id = $1 AND excerpt <> ''`, [
      subjectId,
    ]);
  }

  /** My notifications, newest first. */
  async list(
    viewer: Viewer,
    page: { first: number; after?: string | null },
    unreadOnly: boolean,
  ): Promise<Connection<NotificationEntity>> {
    const query = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId: viewer.userId });
    if (unreadOnly) query.andWhere('n.read_at IS NULL');
    if (page.after) {
      const key = decodeCursor(page.after);
      query.andWhere('(n.created_at, n.id) < (:at, :id)', { at: key.at, id: key.id });
    }
    const rows = await query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .take(page.first + 1)
      .getMany();
    return toConnection(rows, page.first, (n) => n);
  }

  /** Which of these notifications of `userId` are still unread (for mail about them). */
  async unreadAmong(userId: string, ids: string[]): Promise<string[]> {
    const rows = await this.dataSource
      .getRepository(NotificationEntity)
      .findBy({ userId, id: In(ids), readAt: IsNull() });
    return rows.map((n) => n.id);
  }

  unreadCount(viewer: Viewer): Promise<number> {
    return this.dataSource.getRepository(NotificationEntity).countBy({ userId: viewer.userId, readAt: IsNull() });
  }

  /** Marks the given notifications read, or all of mine when `ids` is empty; returns the unread count left. */
  async markRead(viewer: Viewer, ids: string[]): Promise<number> {
    const where = ids.length
      ? { userId: viewer.userId, id: In(ids), readAt: IsNull() }
      : { userId: viewer.userId, readAt: IsNull() };
    await this.dataSource.getRepository(NotificationEntity).update(where, { readAt: new Date() });
    return this.unreadCount(viewer);
  }
}
