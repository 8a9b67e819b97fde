import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { DatabaseHost } from '../database/database.module';
import { RedisProbe } from './redis-probe';

/** How long a dependency may take to answer before the instance counts as not ready. */
const PROBE_TIMEOUT_MS = 2000;

type Status = 'up' | 'down';

/**
 * Liveness and readiness for orchestrators and load balancers (docs/operations.md, "Health").
 * `/health/live` only says the process serves HTTP; `/health/ready` (and the older `/health`) says
 * the database and, when configured, Redis answer.
 */
@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DatabaseHost) private readonly host: DatabaseHost,
    private readonly redis: RedisProbe,
  ) {}

  /** 200 when the database answers, 503 otherwise; for load balancers and the README's quick check. */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const database = await this.database();
    res
      .status(database.status === 'up' ? 200 : 503)
      .json({ status: database.status === 'up' ? 'ok' : 'degraded', database });
  }

  /** 200 while the process answers HTTP at all: a failing database is no reason to restart it. */
  @Public()
  @Get('live')
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** 200 when every dependency answers; 503 (so traffic goes elsewhere) when one does not. */
  @Public()
  @Get('ready')
  async ready(@Res() res: Response): Promise<void> {
    const [database, redis] = await Promise.all([this.database(), this.redisStatus()]);
    const ready = database.status === 'up' && redis.status !== 'down';
    res.status(ready ? 200 : 503).json({ status: ready ? 'ready' : 'not ready', database, redis });
  }

  private async database(): Promise<{ embedded: boolean; status: Status; latencyMs: number }> {
    const started = Date.now();
    let status: Status = 'up';
    try {
      await Promise.race([this.dataSource.query('SELECT 1'), timeout(PROBE_TIMEOUT_MS)]);
    } catch {
      status = 'down';
    }
    return { embedded: this.host.embedded, status, latencyMs: Date.now() - started };
  }

  private async redisStatus(): Promise<{ status: Status | 'not configured' }> {
    if (!this.redis.configured) return { status: 'not configured' };
    return { status: (await this.redis.answers(PROBE_TIMEOUT_MS)) ? 'up' : 'down' };
  }
}

function timeout(ms: number): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error('timed out')), ms).unref());
}
