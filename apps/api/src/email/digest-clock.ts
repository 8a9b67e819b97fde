import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { MailNoticesService } from './mail-notices.service';

const CHECK_EVERY_MS = 5 * 60_000;

/**
 * Queues the daily digest once a day, from MAIL_DIGEST_HOUR (UTC). Every job-working instance
 * checks every few minutes; the day's row in `mail_digest_days` lets only the first one queue it.
 */
@Injectable()
export class DigestClock implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailDigest');
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly dataSource: DataSource,
    private readonly notices: MailNoticesService,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mail' | 'documents'>,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.documents.runJobs) return;
    this.timer = setInterval(
      () => void this.tick().catch((e) => this.logger.warn(`digest check: ${String(e)}`)),
      CHECK_EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Queues today's digest if its hour has come and no instance has queued it yet; true when this one did. */
  async tick(now = new Date()): Promise<boolean> {
    if (now.getUTCHours() < this.config.mail.digestHourUtc) return false;
    const claimed: unknown[] = await this.dataSource.query(
      `INSERT INTO mail_digest_days (day) VALUES ($1::date) ON CONFLICT (day) DO NOTHING RETURNING day`,
      [now.toISOString().slice(0, 10)],
    );
    if (claimed.length === 0) return false;
    const members = await this.notices.queueDigests();
    this.logger.log(`daily digest queued for ${members} member(s)`);
    return true;
  }
}
