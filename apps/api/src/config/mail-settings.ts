import { integer, url } from './env-readers';

/** How Glossa sends email and builds the links in it (docs/email.md). */
export interface MailSettings {
  /** smtp:// or smtps:// URL of the relay (SMTP_URL); null: messages go to the log and the development outbox. */
  smtpUrl: string | null;
  /** The From header of every message (MAIL_FROM). */
  from: string;
  /** Where people open Glossa, for the links in messages (PUBLIC_URL; default http://localhost:PORT). */
  publicUrl: string;
  /** Tries per message before it is given up (MAIL_MAX_ATTEMPTS); back-off doubles from 2 s. */
  maxAttempts: number;
  /** How long a password-reset link works (PASSWORD_RESET_MINUTES). */
  resetLinkMinutes: number;
  /** Reset links one address may ask for per hour (PASSWORD_RESETS_PER_HOUR). */
  resetsPerHour: number;
  /** Hour of the day (UTC) from which the daily digest of mentions is sent (MAIL_DIGEST_HOUR). */
  digestHourUtc: number;
}

export function readMailSettings(env: NodeJS.ProcessEnv, port: number, problems: string[]): MailSettings {
  const publicUrl = url(env, 'PUBLIC_URL', ['http:', 'https:'], problems) ?? `http://localhost:${port}`;
  const from = env.MAIL_FROM || 'Glossa <glossa@localhost>';
  if (!/<[^<>\s@]+@[^<>\s@]+>$|^[^<>\s@]+@[^<>\s@]+$/.test(from))
    problems.push(
      `MAIL_FROM must be an address, optionally with a name: "Glossa <glossa@example.org>" (got "${from}")`,
    );
  return {
    smtpUrl: url(env, 'SMTP_URL', ['smtp:', 'smtps:'], problems),
    from,
    publicUrl: publicUrl.replace(/\/+$/, ''),
    maxAttempts: integer(env, 'MAIL_MAX_ATTEMPTS', 16, 1, 50, problems),
    resetLinkMinutes: integer(env, 'PASSWORD_RESET_MINUTES', 60, 5, 24 * 60, problems),
    resetsPerHour: integer(env, 'PASSWORD_RESETS_PER_HOUR', 3, 1, 100, problems),
    digestHourUtc: integer(env, 'MAIL_DIGEST_HOUR', 7, 0, 23, problems),
  };
}
