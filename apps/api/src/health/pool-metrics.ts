import { Injectable, OnModuleInit } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { Metrics, PoolCounts } from '../observability/metrics';

/** Reports the `pg` pool behind TypeORM (connections open, idle, and queries waiting for one). */
@Injectable()
export class PoolMetrics implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly metrics: Metrics,
  ) {}

  onModuleInit(): void {
    this.metrics.observePool(() => {
      if (!this.dataSource.isInitialized) return null;
      const driver = this.dataSource.driver as unknown as { master?: PoolCounts };
      return driver.master ?? null;
    });
  }
}
