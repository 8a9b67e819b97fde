import { DynamicModule, Global, Module } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import type { DestinationStream, LevelWithSilent } from 'pino';
import { GraphqlMetricsPlugin } from './graphql-metrics.plugin';
import { logOptions } from './log-options';
import { Metrics } from './metrics';

export interface LogSettings {
  level: LevelWithSilent;
  /** Where the JSON lines go; standard output when absent (tests capture them here). */
  destination?: DestinationStream;
}

/**
 * Structured logs (nestjs-pino), request ids and Prometheus metrics (docs/operations.md). Global:
 * any module may inject `Metrics` to count what it does.
 */
@Global()
@Module({})
export class ObservabilityModule {
  static forRoot(log: LogSettings): DynamicModule {
    return {
      module: ObservabilityModule,
      imports: [LoggerModule.forRoot(logOptions(log.level, log.destination))],
      providers: [Metrics, GraphqlMetricsPlugin],
      exports: [Metrics],
    };
  }
}
