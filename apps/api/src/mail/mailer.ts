import { Inject, Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Job } from '../jobs/job-queue';
import { JobQueue } from '../jobs/job-queue';
import { MailTransport, smtpTransport } from './mail-transport';
import { MAIL_QUEUE, OutgoingMail } from './outgoing-mail';

/** Where messages go: an SMTP relay, or (no SMTP_URL) the log and the development outbox. */
export type MailDelivery = 'SMTP' | 'OUTBOX';

/**
 * Sends email from the durable job queue (docs/email.md). A message is queued in the caller's
 * transaction, so it exists exactly when the work that wrote it commits; a relay that is down fails
 * the try, and the queue tries again with a doubling back-off (MAIL_MAX_ATTEMPTS), so mail is late,
 * not lost. Delivery is at least once: a worker that dies after the relay took a message but before
 * the job is marked done sends it again.
 */
@Injectable()
export class Mailer implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger('Mail');
  private readonly transport: MailTransport | null;
  readonly delivery: MailDelivery;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mail'>,
  ) {
    this.transport = config.mail.smtpUrl ? smtpTransport(config.mail.smtpUrl) : null;
    this.delivery = this.transport ? 'SMTP' : 'OUTBOX';
  }

  onModuleInit(): void {
    this.jobs.register<OutgoingMail>(MAIL_QUEUE, { run: (job) => this.deliver(job) });
  }

  onApplicationShutdown(): void {
    this.transport?.close();
  }

  /** Queues a message in the caller's transaction. */
  async queue(manager: EntityManager, mail: OutgoingMail): Promise<void> {
    await this.jobs.enqueue(manager, MAIL_QUEUE, { ...mail }, { maxAttempts: this.config.mail.maxAttempts });
  }

  private async deliver(job: Job<OutgoingMail>): Promise<void> {
    const mail = job.payload;
    if (!this.transport) return this.keep(mail);
    await this.transport.send(mail, this.config.mail.from);
    // Sent: the queue keeps who and what about, not the body (reset links are secrets).
    await this.dataSource.query(
      `UPDATE jobs SET payload = jsonb_build_object('to', payload->'to', 'subject', payload->'subject') WHERE id = $1`,
      [job.id],
    );
  }

  /** No relay: the message goes to the log and to the development outbox, so every flow still works. */
  private async keep(mail: OutgoingMail): Promise<void> {
    this.logger.log(`mail to ${mail.to} (no SMTP_URL, kept in the development outbox): ${mail.subject}\n${mail.text}`);
    await this.dataSource.query(
      `INSERT INTO dev_outbox (to_address, subject, text_body, html_body, headers) VALUES ($1, $2, $3, $4, $5)`,
      [mail.to, mail.subject, mail.text, mail.html, JSON.stringify(mail.headers ?? {})],
    );
  }
}
