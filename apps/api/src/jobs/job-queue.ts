import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { DataSource, EntityManager } from 'typeorm';
import { GlossaError } from '../errors/glossa-error';
import { isDatabaseUnavailable } from '../errors/database-unavailable';

/** One claimed job, as its handler sees it. */
export interface Job<P = Record<string, unknown>> {
  id: string;
  queue: string;
  payload: P;
  /** 1 on the first try. */
  attempt: number;
  maxAttempts: number;
  /** Records how far the job is (0–1), and keeps its lease while it works. */
  progress(fraction: number): Promise<void>;
}

export interface JobHandler<P = Record<string, unknown>> {
  /** Does the work; must be safe to run again if a process dies before the job is marked done. */
  run(job: Job<P>): Promise<void>;
  /** Called once when the job will not be tried again (no more attempts, or a GlossaError). */
  failed?(job: Job<P>, error: Error): Promise<void>;
}

export interface JobQueueSettings {
  /** How often an idle worker looks for work. */
  pollMs: number;
  /** How long a claimed job belongs to its worker without a sign of life before another takes it. */
  leaseMs: number;
  /** False: this process polls for no jobs (`drain` still works them, for scripts and tests). */
  poll: boolean;
}

interface JobRow {
  id: string;
  queue: string;
  payload: Record<string, unknown>;
  attempts: number;
  max_attempts: number;
}

/**
 * A small durable queue in the `jobs` table (docs/jobs.md). Claiming is one statement
 * (`UPDATE … WHERE id = (SELECT … FOR UPDATE SKIP LOCKED)`) and work runs with no connection held,
 * so it works on the embedded database's single connection as well as with several API instances.
 * A worker that dies leaves its job `running` with a lease that runs out; the next worker to poll
 * claims it again, up to `max_attempts`.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger('JobQueue');
  private readonly handlers = new Map<string, JobHandler<never>>();
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;
  readonly settings: JobQueueSettings;

  constructor(
    private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) config: Pick<AppConfig, 'documents'>,
  ) {
    this.settings = {
      pollMs: config.documents.jobPollMs,
      leaseMs: config.documents.jobLeaseMs,
      poll: config.documents.runJobs,
    };
  }

  register<P>(queue: string, handler: JobHandler<P>): void {
    this.handlers.set(queue, handler as JobHandler<never>);
  }

  /** Adds a job in the caller's transaction, so it exists exactly when the caller's work commits. */
  async enqueue(
    manager: EntityManager,
    queue: string,
    payload: Record<string, unknown>,
    options: { maxAttempts?: number } = {},
  ): Promise<string> {
    const rows: Array<{ id: string }> = await manager.query(
      `INSERT INTO jobs (queue, payload, max_attempts) VALUES ($1, $2, $3) RETURNING id`,
      [queue, JSON.stringify(payload), options.maxAttempts ?? 3],
    );
    this.wake();
    return rows[0].id;
  }

  /** Jobs waiting or running, per queue (for metrics). */
  async depth(): Promise<Record<string, number>> {
    const rows: Array<{ queue: string; n: number }> = await this.dataSource.query(
      `SELECT queue, count(*)::int AS n FROM jobs WHERE state IN ('queued', 'running') GROUP BY queue`,
    );
    return Object.fromEntries(rows.map((r) => [r.queue, r.n]));
  }

  onApplicationBootstrap(): void {
    this.stopped = false;
    this.schedule(0);
  }

  private get polling(): boolean {
    return !this.stopped && this.settings.poll;
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    // The job in hand is not waited for: its lease runs out and another worker (or this one after
    // a restart) takes it again.
    await Promise.race([this.running, new Promise((resolve) => setTimeout(resolve, 2000))]);
  }

  /** Runs jobs until none is ready; resolves when the queue is idle (for scripts and tests). */
  async drain(): Promise<void> {
    while (await this.runOne()) {
      /* next */
    }
  }

  private wake(): void {
    if (this.polling && !this.running) this.schedule(0);
  }

  private schedule(delay: number): void {
    if (!this.polling) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.running) return;
      this.running = this.drain()
        .catch((error: unknown) =>
          // A database away for a moment is not a fault of the queue's: jobs wait in their table.
          isDatabaseUnavailable(error)
            ? this.logger.warn(`job poll: database unavailable (${String(error)}); polling again`)
            : this.logger.error(`job poll failed: ${String(error)}`),
        )
        .finally(() => {
          this.running = null;
          this.schedule(this.settings.pollMs);
        });
    }, delay);
    this.timer.unref();
  }

  private async runOne(): Promise<boolean> {
    if (this.stopped || this.handlers.size === 0) return false;
    // TypeORM answers an UPDATE … RETURNING with [rows, affected count].
    const [claimed]: [JobRow[], number] = await this.dataSource.query(
      `UPDATE jobs SET state = 'running', attempts = attempts + 1,
              locked_until = now() + make_interval(secs => $2::double precision / 1000), updated_at = now()
        WHERE id = (
          SELECT id FROM jobs
           WHERE queue = ANY($1)
             AND ((state = 'queued' AND run_after <= now()) OR (state = 'running' AND locked_until < now()))
           ORDER BY run_after, created_at
           LIMIT 1
           FOR UPDATE SKIP LOCKED)
        RETURNING id, queue, payload, attempts, max_attempts`,
      [[...this.handlers.keys()], this.settings.leaseMs],
    );
    const row = claimed[0];
    if (!row) return false;
    await this.execute(row);
    return true;
  }

  private async execute(row: JobRow): Promise<void> {
    const handler = this.handlers.get(row.queue) as JobHandler<Record<string, unknown>>;
    const job: Job = {
      id: row.id,
      queue: row.queue,
      payload: row.payload,
      attempt: row.attempts,
      maxAttempts: row.max_attempts,
      progress: (fraction) => this.heartbeat(row.id, fraction),
    };
    if (row.attempts > row.max_attempts) return this.fail(handler, job, new Error('the job ran out of attempts'));
    try {
      await handler.run(job);
      await this.dataSource.query(
        `UPDATE jobs SET state = 'done', progress = 1, locked_until = NULL, updated_at = now() WHERE id = $1`,
        [row.id],
      );
    } catch (caught) {
      const error = caught instanceof Error ? caught : new Error(String(caught));
      if (error instanceof GlossaError || row.attempts >= row.max_attempts) return this.fail(handler, job, error);
      this.logger.warn(`job ${row.id} (${row.queue}) attempt ${row.attempts} failed, will retry: ${error.message}`);
      await this.dataSource.query(
        `UPDATE jobs SET state = 'queued', locked_until = NULL, last_error = $2, updated_at = now(),
                run_after = now() + make_interval(secs => $3) WHERE id = $1`,
        [row.id, error.message, 2 ** row.attempts],
      );
    }
  }

  private async fail(handler: JobHandler<Record<string, unknown>>, job: Job, error: Error): Promise<void> {
    if (!(error instanceof GlossaError)) this.logger.error(`job ${job.id} (${job.queue}) failed: ${error.stack}`);
    await handler.failed?.(job, error);
    await this.dataSource.query(
      `UPDATE jobs SET state = 'failed', locked_until = NULL, last_error = $2, updated_at = now() WHERE id = $1`,
      [job.id, error.message],
    );
  }

  private async heartbeat(id: string, fraction: number): Promise<void> {
    await this.dataSource.query(
      `UPDATE jobs SET progress = $2, updated_at = now(),
              locked_until = now() + make_interval(secs => $3::double precision / 1000) WHERE id = $1`,
      [id, Math.max(0, Math.min(1, fraction)), this.settings.leaseMs],
    );
  }
}
