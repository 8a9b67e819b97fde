import { Module } from '@nestjs/common';
import { HealthController } from './health.controller';
import { MetricsController } from './metrics.controller';
import { PoolMetrics } from './pool-metrics';
import { RedisProbe } from './redis-probe';

/** The operational endpoints: `/health`, `/health/live`, `/health/ready` and `/metrics`. */
@Module({ controllers: [HealthController, MetricsController], providers: [RedisProbe, PoolMetrics] })
export class HealthModule {}
