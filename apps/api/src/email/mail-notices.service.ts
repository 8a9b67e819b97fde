import { AnonymousDiscussions } from '../anonymity/anonymous-discussions';
import { AuthorMasks } from '../anonymity/author-masks';
import type { DiscussionPlace } from '../anonymity/discussion-place';
import { readingRoom } from '@glossa/contracts';
import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AnnotationReadModel } from '../annotations/annotation-read-model';
import { Viewer, viewerFor } from '../auth/viewer';
import { UsersService } from '../auth/users.service';
import { RequestLoaders } from '../batching/request-loaders';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Transaction, TransactionRunner } from '../database/transaction-runner';
import { GlossaError } from '../errors/glossa-error';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer';
import { CreatedNotification, NotificationsService } from '../notifications/notifications.service';
import { ReadingsService } from '../readings/readings.service';
import { PresenceService } from '../realtime/presence.service';
import { SeminarsService } from '../seminars/seminars.service';
import { ThreadReadModel } from '../threads/thread-read-model';
import { ThreadsService } from '../threads/threads.service';
import { SeminarAction } from '../seminars/seminar-policy';
import { MailPreferencesService } from './mail-preferences.service';
import { noticeMail, RenderedNotice } from './notice-mail';

/** Sends a member's waiting mentions and replies at once (IMMEDIATE) or as the day's digest (DAILY). */
export const NOTICE_QUEUE = 'email.notices';

interface NoticeRow {
  id: string;
  user_id: string;
  notification_id: string;
  kind: 'MENTION' | 'REPLY';
  seminar_id: string;
  actor_id: string;
  subject_type: 'annotation' | 'reply';
  subject_id: string;
  reading_id: string | null;
}

const EXCERPT_LENGTH = 200;

/**
 * Mentions and replies by email (docs/email.md). Each mention or reply notification leaves a notice, in the post's
 * transaction, for members whose choice is not OFF; IMMEDIATE queues a send at once, DAILY waits
 * for the digest. When a notice is sent, each post is read again as its recipient may see it now:
 * a post hidden, deleted or made private since, a seminar they left, is not mailed. A mention the
 * member has read in Glossa already, or made on a reading they have open, is not mailed either.
 * Replies follow the same rules and the same choice of frequency.
 */
@Injectable()
export class MailNoticesService implements OnModuleInit {
  private readonly logger = new Logger('MailNotices');

  constructor(
    private readonly dataSource: DataSource,
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly notifications: NotificationsService,
    private readonly preferences: MailPreferencesService,
    private readonly users: UsersService,
    private readonly masks: AuthorMasks,
    private readonly anonymity: AnonymousDiscussions,
    private readonly seminars: SeminarsService,
    private readonly readings: ReadingsService,
    private readonly annotations: AnnotationReadModel,
    private readonly threads: ThreadReadModel,
    private readonly discussions: ThreadsService,
    private readonly presence: PresenceService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mail'>,
  ) {}

  onModuleInit(): void {
    this.notifications.onCreated((tx, created) => this.note(tx, created));
    this.jobs.register<{ userId: string; digest: boolean }>(NOTICE_QUEUE, {
      run: (job) => this.send(job.payload.userId, job.payload.digest),
    });
  }

  /** Queues the digest of every member with DAILY mail and notices waiting (run once a day). */
  async queueDigests(): Promise<number> {
    return this.transactions.run(async ({ manager }) => {
      const users: Array<{ user_id: string }> = await manager.query(
        `SELECT DISTINCT n.user_id FROM mail_notices n JOIN mail_preferences p ON p.user_id = n.user_id
          WHERE n.sent_at IS NULL AND p.frequency = 'DAILY'`,
      );
      for (const { user_id: userId } of users) {
        await this.jobs.enqueue(manager, NOTICE_QUEUE, { userId, digest: true });
      }
      return users.length;
    });
  }

  private async note(tx: Transaction, created: CreatedNotification): Promise<void> {
    const preference = await this.preferences.of(created.userId, tx.manager);
    if (preference.frequency === 'OFF') return;
    await tx.manager.query(
      `INSERT INTO mail_notices (user_id, notification_id, kind, seminar_id, actor_id, subject_type, subject_id, reading_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        created.userId,
        created.id,
        created.kind,
        created.seminarId,
        created.actorId,
        created.subjectType,
        created.subjectId,
        created.readingId,
      ],
    );
    if (preference.frequency === 'IMMEDIATE') {
      await this.jobs.enqueue(tx.manager, NOTICE_QUEUE, { userId: created.userId, digest: false });
    }
  }

  /** Sends the member's waiting notices as one message (none left: nothing is sent). */
  private async send(userId: string, digest: boolean): Promise<void> {
    const waiting: NoticeRow[] = await this.dataSource.query(
      `SELECT n.id, n.user_id, n.notification_id, n.kind, n.seminar_id, n.actor_id, n.subject_type, n.subject_id, n.reading_id
         FROM mail_notices n WHERE n.user_id = $1 AND n.sent_at IS NULL ORDER BY n.created_at`,
      [userId],
    );
    if (waiting.length === 0) return;
    const preference = await this.preferences.of(userId);
    const user = await this.users.byId(new RequestLoaders()).load(userId);
    const unread = new Set(
      await this.notifications.unreadAmong(
        userId,
        waiting.map((n) => n.notification_id),
      ),
    );
    const notices: RenderedNotice[] = [];
    if (user && preference.frequency !== 'OFF') {
      for (const row of waiting) {
        if (!unread.has(row.notification_id)) continue;
        if (!digest && row.reading_id && (await this.isReading(userId, row.reading_id))) continue;
        const rendered = await this.render(row, { userId, email: user.email, displayName: user.displayName });
        if (rendered) notices.push(rendered);
      }
    }
    await this.transactions.run(async ({ manager }) => {
      await manager.query(`UPDATE mail_notices SET sent_at = now() WHERE id = ANY($1) AND sent_at IS NULL`, [
        waiting.map((n) => n.id),
      ]);
      if (!user || notices.length === 0) return;
      const base = this.config.mail.publicUrl;
      await this.mailer.queue(
        manager,
        noticeMail(notices, {
          to: user.email,
          displayName: user.displayName,
          digest,
          unsubscribeLink: `${base}/mail/unsubscribe?token=${preference.unsubscribeToken}`,
          settingsLink: `${base}/email-preferences`,
        }),
      );
    });
  }

  private async isReading(userId: string, readingId: string): Promise<boolean> {
    const roster = await this.presence.rosterOf(readingRoom(readingId)).catch(() => []);
    return roster.some((u) => u.userId === userId);
  }

  /** The notice as its recipient may see it now, or null when they may not (or it is gone). */
  private async render(
    row: NoticeRow,
    recipient: { userId: string; email: string; displayName: string },
  ): Promise<RenderedNotice | null> {
    const viewer = viewerFor({ ...recipient, sessionId: '' });
    try {
      const seminar = await this.seminars.get(viewer, row.seminar_id);
      const reading = row.reading_id ? await this.readings.get(viewer, row.reading_id) : null;
      let body: string;
      let passage: string | null = null;
      let place: DiscussionPlace = { seminarId: seminar.id, debateId: null };
      if (row.subject_type === 'annotation') {
        const annotation = await this.annotations.get(viewer, row.subject_id);
        if (annotation.deletedAt) return null;
        body = annotation.body;
        passage = annotation.quoteExact || null;
      } else {
        const reply = await this.threads.getReply(viewer, row.subject_id);
        if (reply.deletedAt) return null;
        body = reply.body;
        passage = await this.passageOf(viewer, reply.threadId);
        place = (await this.anonymity.threadPlaces(viewer.loaders).load(reply.threadId)) ?? place;
      }
      const person = await this.users.byId(viewer.loaders).load(row.actor_id);
      // The sender as the recipient may see them: a pseudonym in an anonymous discussion.
      const actor = await this.masks.present(viewer, place, person, row.actor_id);
      return {
        kind: row.kind,
        actorName: person ? actor.displayName : 'Someone',
        seminarName: seminar.name,
        readingTitle: reading?.title ?? null,
        passage,
        excerpt: plainExcerpt(body),
        link: `${this.config.mail.publicUrl}${
          reading ? `/readings/${reading.id}?${row.subject_type}=${row.subject_id}` : `/seminars/${seminar.id}`
        }`,
      };
    } catch (error) {
      if (error instanceof GlossaError) return null; // no longer theirs to see
      this.logger.warn(`notice ${row.id} not rendered: ${String(error)}`);
      throw error;
    }
  }

  /** The passage a reply's discussion is about: its annotation's quoted words (none for a claim's). */
  private async passageOf(viewer: Viewer, threadId: string): Promise<string | null> {
    const thread = await this.discussions.authorize(viewer, threadId, SeminarAction.VIEW);
    if (thread.subjectType !== 'annotation') return null;
    const annotation = await this.annotations.get(viewer, thread.subjectId);
    return annotation.deletedAt ? null : annotation.quoteExact || null;
  }
}

/** A post's words for a message: mentions as @Name, no Markdown link syntax, cut at a word. */
function plainExcerpt(body: string): string {
  const plain = body
    .replace(/@\[([^\]]+)\]\(user:[^)]+\)/g, '@$1')
    .replace(/\[([^\]]+)\]\([^)]+\)/g, '$1')
    .replace(/\s+/g, ' ')
    .trim();
  if (plain.length <= EXCERPT_LENGTH) return plain;
  return `${plain.slice(0, EXCERPT_LENGTH).replace(/\s+\S*$/, '')}…`;
}
