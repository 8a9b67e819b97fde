import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { Logger as PinoLogger } from 'nestjs-pino';
import type { DestinationStream } from 'pino';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { DatabaseHost } from './database/database.module';
import { setConnectionTimeouts } from './http/connection-timeouts';
import { RequestDrain } from './http/request-drain';
import { applySecurityHeaders } from './http/security-headers';
import { levelOfNestLogger } from './observability/log-options';
import { timeHttpRequests } from './observability/http-metrics';
import { Metrics } from './observability/metrics';
import { assignRequestId, continueUnderRequestId } from './observability/request-tracing';
import { serveWebClient } from './web-client/serve-web-client';

/**
 * Builds the whole Glossa API (GraphQL, health, web client) without listening, so `main.ts` and the
 * integration tests start exactly the same application.
 */
export async function createApp(
  config: AppConfig,
  /** `logger` sets the log level as Nest's option would (the tests pass `['error']`); `logDestination` captures the JSON lines. */
  options: { logger?: false | Array<'log' | 'warn' | 'error'>; logDestination?: DestinationStream } = {},
): Promise<NestExpressApplication> {
  const host = await DatabaseHost.resolve(config);
  try {
    const level = options.logger === undefined ? config.logLevel : levelOfNestLogger(options.logger);
    const log = { level, destination: options.logDestination };
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, host, log), {
      bodyParser: false,
      bufferLogs: true,
    });
    app.useLogger(app.get(PinoLogger));
    app.use(app.get(RequestDrain).track);
    app.use(assignRequestId);
    app.use(timeHttpRequests(app.get(Metrics)));
    applySecurityHeaders(app, config);
    setConnectionTimeouts(app.getHttpServer(), config.keepAliveTimeoutSeconds);
    // Readings may be 2 MB of text; JSON escaping can nearly double that in the worst case.
    app.useBodyParser('json', { limit: '5mb' });
    app.use(cookieParser());
    app.use(continueUnderRequestId);
    app.set('trust proxy', config.trustProxy);
    // No ETag on responses sent whole (GraphQL answers, downloads): they are per viewer and never
    // revalidated, and hashing a reading view's ~10 MB answer cost ~8 ms each time. Static files
    // (the web client) keep theirs: serve-static sets its own.
    app.set('etag', false);
    serveWebClient(app, config.webDistDir);
    return app;
  } catch (error) {
    await host.stop();
    throw error;
  }
}

export function logListening(config: AppConfig, port: number, embedded: boolean): void {
  const database = embedded ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL at DATABASE_URL';
  new Logger('Glossa').log(`Listening on http://localhost:${port} (GraphQL at /graphql) with ${database}`);
}
