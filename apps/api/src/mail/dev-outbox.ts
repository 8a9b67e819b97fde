import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { NotFoundError } from '../errors/glossa-error';
import { Mailer } from './mailer';

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  html: string;
  headers: Record<string, string>;
  createdAt: Date;
}

/**
 * The messages a server without SMTP_URL kept instead of sending. Readable by anyone who can reach
 * the server (the person resetting a password is signed out), so it opens only outside production:
 * a production server without a relay writes its mail to the log alone.
 */
@Injectable()
export class DevOutbox {
  readonly open: boolean;

  constructor(
    private readonly dataSource: DataSource,
    mailer: Mailer,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'nodeEnv'>,
  ) {
    this.open = mailer.delivery === 'OUTBOX' && config.nodeEnv !== 'production';
  }

  /** The newest `first` messages, newest first; NOT_FOUND where the outbox is closed. */
  async latest(first: number): Promise<OutboxMessage[]> {
    if (!this.open) throw new NotFoundError('This server sends its mail; it has no development outbox.');
    const rows: Array<OutboxMessage> = await this.dataSource.query(
      `SELECT id, to_address AS "to", subject, text_body AS text, html_body AS html, headers, created_at AS "createdAt"
         FROM dev_outbox ORDER BY created_at DESC, id DESC LIMIT $1`,
      [first],
    );
    return rows;
  }
}
