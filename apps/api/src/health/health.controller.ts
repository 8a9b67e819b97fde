import { Controller, Get, Inject, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/public.decorator';
import { DatabaseHost } from '../database/database.module';

@Controller('health')
export class HealthController {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(DatabaseHost) private readonly host: DatabaseHost,
  ) {}

  /** 200 when the database answers, 503 otherwise; for load balancers and the README's quick check. */
  @Public()
  @Get()
  async health(@Res() res: Response): Promise<void> {
    const started = Date.now();
    const database = { embedded: this.host.embedded, status: 'up' as 'up' | 'down', latencyMs: 0 };
    try {
      await this.dataSource.query('SELECT 1');
    } catch {
      database.status = 'down';
    }
    database.latencyMs = Date.now() - started;
    res
      .status(database.status === 'up' ? 200 : 503)
      .json({ status: database.status === 'up' ? 'ok' : 'degraded', database });
  }
}
