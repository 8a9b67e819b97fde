import { createHash, randomBytes } from 'node:crypto';
import { userRoom } from '@glossa/contracts';
import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { RateLimiterAbstract, RateLimiterRes } from 'rate-limiter-flexible';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { TransactionRunner } from '../database/transaction-runner';
import { BadUserInputError, RateLimitedError } from '../errors/glossa-error';
import { EventLog } from '../events/event-log';
import { JobQueue } from '../jobs/job-queue';
import { Mailer } from '../mail/mailer';
import { RateLimitStore } from '../rate-limits/rate-limit-store';
import { AuthService } from './auth.service';
import { PasswordHasher } from './password-hasher';
import { passwordResetMail } from './password-reset-mail';

/** Why a reset link was refused, as `extensions.reason` (with code BAD_USER_INPUT). */
export type ResetLinkRefusal = 'RESET_LINK_UNKNOWN' | 'RESET_LINK_USED' | 'RESET_LINK_EXPIRED';

const REFUSALS: Record<ResetLinkRefusal, string> = {
  RESET_LINK_UNKNOWN: 'This reset link is not valid. Ask for a new one.',
  RESET_LINK_USED: 'This reset link has been used already. Ask for a new one if you need to.',
  RESET_LINK_EXPIRED: 'This reset link has expired. Ask for a new one.',
};

export class ResetLinkError extends BadUserInputError {
  constructor(readonly reason: ResetLinkRefusal) {
    super(REFUSALS[reason], { reason });
  }
}

/** The queue that turns a request into a link, out of the request (so every answer takes as long). */
const RESET_QUEUE = 'auth.password-reset';

/** Requests from one network address per hour, over all the addresses it asks for. */
const REQUESTS_PER_NETWORK_ADDRESS = 20;

function tokenHash(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * Password reset by emailed link (docs/email.md). Asking answers the same whether or not the
 * address has an account, and in the same time: the request only queues a job, and the job looks
 * the account up and sends the link. A link is a random token of which only the SHA-256 is stored;
 * it works once, for PASSWORD_RESET_MINUTES, and setting the new password ends every session of
 * the account (its other links stop working too).
 */
@Injectable()
export class PasswordResetService implements OnModuleInit {
  private readonly perEmail: RateLimiterAbstract;
  private readonly perNetworkAddress: RateLimiterAbstract;

  constructor(
    private readonly transactions: TransactionRunner,
    private readonly jobs: JobQueue,
    private readonly mailer: Mailer,
    private readonly auth: AuthService,
    private readonly events: EventLog,
    private readonly passwords: PasswordHasher,
    store: RateLimitStore,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mail'>,
  ) {
    const hour = 3600;
    this.perEmail = store.counter({ name: 'reset:email', points: config.mail.resetsPerHour, durationSeconds: hour });
    this.perNetworkAddress = store.counter({
      name: 'reset:address',
      points: REQUESTS_PER_NETWORK_ADDRESS,
      durationSeconds: hour,
    });
  }

  onModuleInit(): void {
    this.jobs.register<{ email: string }>(RESET_QUEUE, { run: (job) => this.sendLink(job.payload.email) });
  }

  /**
   * Queues a reset link for `email`. Counted per address asked for (whether or not it has an
   * account, so a refusal tells nothing either) and per network address.
   */
  async request(email: string, networkAddress: string): Promise<void> {
    const normalized = email.trim().toLowerCase();
    await this.take(this.perNetworkAddress, networkAddress);
    await this.take(this.perEmail, normalized);
    await this.transactions.run(({ manager }) => this.jobs.enqueue(manager, RESET_QUEUE, { email: normalized }));
  }

  /** Sets a new password from a link's token; ends every session of the account. */
  async reset(token: string, newPassword: string): Promise<void> {
    const passwordHash = await this.passwords.hash(newPassword);
    const ended = await this.transactions.run(async (tx) => {
      const rows: Array<{ id: string; user_id: string; used: boolean; expired: boolean }> = await tx.manager.query(
        `SELECT id, user_id, used_at IS NOT NULL AS used, expires_at <= now() AS expired
           FROM password_resets WHERE token_hash = $1 FOR UPDATE`,
        [tokenHash(token)],
      );
      const link = rows[0];
      if (!link) throw new ResetLinkError('RESET_LINK_UNKNOWN');
      if (link.used) throw new ResetLinkError('RESET_LINK_USED');
      if (link.expired) throw new ResetLinkError('RESET_LINK_EXPIRED');
      await tx.manager.query(`UPDATE users SET password_hash = $2, updated_at = now() WHERE id = $1`, [
        link.user_id,
        passwordHash,
      ]);
      // This link and any other outstanding one: a reset spends them all.
      await tx.manager.query(`UPDATE password_resets SET used_at = now() WHERE user_id = $1 AND used_at IS NULL`, [
        link.user_id,
      ]);
      const [sessions]: [Array<{ id: string }>, number] = await tx.manager.query(
        `UPDATE sessions SET revoked_at = now() WHERE user_id = $1 AND revoked_at IS NULL AND expires_at > now()
         RETURNING id`,
        [link.user_id],
      );
      for (const session of sessions) {
        await this.events.append(tx, userRoom(link.user_id), 'session.ended', { sessionId: session.id }, link.user_id);
      }
      return sessions.map((s) => s.id);
    });
    for (const sessionId of ended) this.auth.forgetSession(sessionId);
  }

  /** The job: an account with this address gets a fresh link; an unknown address gets nothing. */
  private async sendLink(email: string): Promise<void> {
    await this.transactions.run(async ({ manager }) => {
      const users: Array<{ id: string; email: string; display_name: string }> = await manager.query(
        `SELECT id, email, display_name FROM users WHERE lower(email) = $1`,
        [email],
      );
      const user = users[0];
      if (!user) return;
      const token = randomBytes(32).toString('base64url');
      const minutes = this.config.mail.resetLinkMinutes;
      await manager.query(
        `INSERT INTO password_resets (user_id, token_hash, expires_at)
         VALUES ($1, $2, now() + make_interval(mins => $3))`,
        [user.id, tokenHash(token), minutes],
      );
      const link = `${this.config.mail.publicUrl}/reset-password?token=${token}`;
      await this.mailer.queue(manager, passwordResetMail(user.email, user.display_name, link, minutes));
    });
  }

  private async take(counter: RateLimiterAbstract, key: string): Promise<void> {
    try {
      await counter.consume(key);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const retryAfterSeconds = Math.max(1, Math.ceil(refusal.msBeforeNext / 1000));
      const minutes = Math.ceil(retryAfterSeconds / 60);
      throw new RateLimitedError(
        `Too many reset links were asked for; try again in ${minutes} minute${minutes === 1 ? '' : 's'}.`,
        { retryAfterSeconds },
      );
    }
  }
}
