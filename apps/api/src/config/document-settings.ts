import { integer } from './env-readers';

/** Settings of readings made from documents and of the job queue that converts them (docs/documents.md). */
export interface DocumentSettings {
  /** Largest uploaded original accepted, in bytes (DOCUMENT_MAX_MB, default 50). */
  maxBytes: number;
  /** How often an idle job worker looks for work (JOBS_POLL_MS). */
  jobPollMs: number;
  /** How long a claimed job stays its worker's without a sign of life (JOBS_LEASE_SECONDS). */
  jobLeaseMs: number;
  /** Time limit of fetching a reading from a web address, redirects included (DOCUMENT_URL_TIMEOUT_SECONDS, default 20). */
  urlTimeoutMs: number;
  /**
   * Whether loopback addresses may be fetched (DOCUMENT_URL_ALLOW_LOOPBACK=true; default off): for
   * tests against a server on this machine. Private, link-local and other non-public addresses never are.
   */
  urlAllowLoopback: boolean;
  /** Whether this process works the queue (JOBS_WORKER, default true); jobs wait for a process that does. */
  runJobs: boolean;
}

export function readDocumentSettings(env: NodeJS.ProcessEnv, problems: string[]): DocumentSettings {
  return {
    maxBytes: integer(env, 'DOCUMENT_MAX_MB', 50, 1, 1024, problems) * 1024 * 1024,
    jobPollMs: integer(env, 'JOBS_POLL_MS', 1000, 10, 60_000, problems),
    jobLeaseMs: integer(env, 'JOBS_LEASE_SECONDS', 60, 1, 3600, problems) * 1000,
    urlTimeoutMs: integer(env, 'DOCUMENT_URL_TIMEOUT_SECONDS', 20, 1, 300, problems) * 1000,
    urlAllowLoopback: env.DOCUMENT_URL_ALLOW_LOOPBACK === 'true',
    runJobs: env.JOBS_WORKER !== 'false',
  };
}
