import { resolve } from 'node:path';
import { readRealtimeSettings, RealtimeOptions } from './realtime-settings';
import { DocumentSettings, readDocumentSettings } from './document-settings';
import { MailSettings, readMailSettings } from './mail-settings';
import { choice, integer, url } from './env-readers';

/** Every setting Glossa reads from its environment, parsed and checked once at start-up. */
export interface AppConfig {
  nodeEnv: 'production' | 'development' | 'test';
  port: number;
  /** A PostgreSQL URL; when absent Glossa runs an embedded PostgreSQL (PGlite) in `dataDir`. */
  databaseUrl: string | null;
  databasePoolSize: number;
  dataDir: string;
  sessionSecret: string | null;
  sessionTtlSeconds: number;
  /** How long a session found valid is taken as valid without a look-up (0: look it up every request). */
  sessionRecheckSeconds: number;
  cookieSecure: boolean;
  redisUrl: string | null;
  seedDemo: 'auto' | 'always' | 'never';
  webDistDir: string | null;
  /** Which proxies' X-Forwarded-For to believe (Express `trust proxy`), so rate limits see real addresses. */
  trustProxy: string;
  /** Posts (annotations, replies, claims) one person may create per minute; also the burst allowed. */
  postsPerMinute: number;
  /** argon2id cost of password hashes (docs/accounts.md, "Passwords"). */
  passwordHashing: { memoryKib: number; timeCost: number; parallelism: number };
  /** The real-time gateway's limits and timings (REALTIME_*). */
  realtime: RealtimeOptions;
  /** Sign-in throttling per account and per network address (SIGN_IN_*; docs/sign-in-throttling.md). */
  signIn: SignInLimits;
  /** Lowest level written to the JSON log (LOG_LEVEL; docs/operations.md). */
  logLevel: LogLevel;
  /** Origins allowed to call the API from another site's pages (CORS_ORIGINS); empty: none. */
  corsOrigins: string[];
  /** How long the HTTP server keeps an idle kept-alive connection open (HTTP_KEEP_ALIVE_SECONDS). */
  keepAliveTimeoutSeconds: number;
  /** On SIGTERM, how long requests in flight may take to finish before the sockets close (SHUTDOWN_GRACE_SECONDS). */
  shutdownGraceSeconds: number;
  /** Uploaded documents and the job queue (DOCUMENT_MAX_MB, JOBS_*; docs/documents.md). */
  documents: DocumentSettings;
  /** Email: SMTP relay or development outbox, links, password resets, digests (SMTP_URL, MAIL_*; docs/email.md). */
  mail: MailSettings;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface SignInLimits {
  /** How long failures are remembered, and how long a locked account stays locked. */
  windowSeconds: number;
  /** Failures an account may have before each further try must wait (1 s, then doubling). */
  freeFailures: number;
  /** Failures after which the account refuses every sign-in until the window passes. */
  accountMaxFailures: number;
  /** Failures from one address, over all accounts, after which it gets no retry on an account that failed. */
  addressMaxFailures: number;
}

export class ConfigError extends Error {}

/** Reads and validates the environment; throws one ConfigError naming every problem found. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const nodeEnv = choice(env, 'NODE_ENV', ['production', 'development', 'test'] as const, 'development', problems);
  const seed = choice(env, 'SEED_DEMO', ['auto', 'true', 'false'] as const, 'auto', problems);
  const sessionSecret = env.SESSION_SECRET || null;
  if (sessionSecret !== null && sessionSecret.length < 32)
    problems.push('SESSION_SECRET must be at least 32 characters');
  const port = integer(env, 'PORT', 3000, 0, 65535, problems);
  const config: AppConfig = {
    nodeEnv,
    port,
    databaseUrl: url(env, 'DATABASE_URL', ['postgres:', 'postgresql:'], problems),
    databasePoolSize: integer(env, 'DB_POOL_SIZE', 10, 1, 200, problems),
    dataDir: resolve(env.GLOSSA_DATA_DIR || '.glossa-data'),
    sessionSecret,
    sessionTtlSeconds: integer(env, 'SESSION_TTL_HOURS', 168, 1, 24 * 365, problems) * 3600,
    sessionRecheckSeconds: integer(env, 'SESSION_RECHECK_SECONDS', 10, 0, 300, problems),
    cookieSecure: choice(env, 'COOKIE_SECURE', ['true', 'false'] as const, 'false', problems) === 'true',
    redisUrl: url(env, 'REDIS_URL', ['redis:', 'rediss:'], problems),
    seedDemo: seed === 'true' ? 'always' : seed === 'false' ? 'never' : 'auto',
    webDistDir: env.WEB_DIST_DIR ? resolve(env.WEB_DIST_DIR) : null,
    trustProxy: env.TRUST_PROXY || 'loopback',
    postsPerMinute: integer(env, 'POSTS_PER_MINUTE', 60, 1, 1_000_000, problems),
    passwordHashing: {
      // OWASP's floor for argon2id is 19 MiB; only the test suite may go below it.
      memoryKib: integer(env, 'PASSWORD_HASH_MEMORY_KIB', 65_536, nodeEnv === 'test' ? 1_024 : 19_456, 4_194_304, problems),
      timeCost: integer(env, 'PASSWORD_HASH_TIME_COST', 3, nodeEnv === 'test' ? 1 : 2, 100, problems),
      parallelism: integer(env, 'PASSWORD_HASH_PARALLELISM', 4, 1, 64, problems),
    },
    realtime: readRealtimeSettings(env, problems),
    signIn: {
      windowSeconds: integer(env, 'SIGN_IN_WINDOW_MINUTES', 15, 1, 24 * 60, problems) * 60,
      freeFailures: integer(env, 'SIGN_IN_FREE_FAILURES', 3, 0, 100, problems),
      accountMaxFailures: integer(env, 'SIGN_IN_ACCOUNT_MAX_FAILURES', 10, 1, 1000, problems),
      addressMaxFailures: integer(env, 'SIGN_IN_ADDRESS_MAX_FAILURES', 100, 1, 1_000_000, problems),
    },
    logLevel: choice(env, 'LOG_LEVEL', LOG_LEVELS, 'info', problems),
    corsOrigins: (env.CORS_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    keepAliveTimeoutSeconds: integer(env, 'HTTP_KEEP_ALIVE_SECONDS', 65, 1, 3600, problems),
    shutdownGraceSeconds: integer(env, 'SHUTDOWN_GRACE_SECONDS', 8, 1, 9, problems),
    documents: readDocumentSettings(env, problems),
    mail: readMailSettings(env, port, problems),
  };
  for (const origin of config.corsOrigins) {
    if (!/^https?:\/\/[^/\s]+$/.test(origin))
      problems.push(`CORS_ORIGINS must list origins such as https://glossa.example.org (got "${origin}")`);
  }
  if (config.signIn.freeFailures >= config.signIn.accountMaxFailures)
    problems.push('SIGN_IN_FREE_FAILURES must be smaller than SIGN_IN_ACCOUNT_MAX_FAILURES');
  if (nodeEnv === 'production' && config.databaseUrl && !sessionSecret) {
    problems.push(
      'SESSION_SECRET is required in production with an external DATABASE_URL (all instances must share it)',
    );
  }
  if (problems.length > 0) throw new ConfigError(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  return config;
}

/** Nest injection token for the validated AppConfig. */
export const APP_CONFIG = Symbol('APP_CONFIG');
