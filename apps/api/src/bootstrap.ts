import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import cookieParser from 'cookie-parser';
import { AppModule } from './app.module';
import { AppConfig } from './config/app-config';
import { DatabaseHost } from './database/database.module';
import { serveWebClient } from './web-client/serve-web-client';

/**
 * Builds the whole Glossa API (GraphQL, health, web client) without listening, so `main.ts` and the
 * integration tests start exactly the same application.
 */
export async function createApp(
  config: AppConfig,
  options: { logger?: false | Array<'log' | 'warn' | 'error'> } = {},
): Promise<NestExpressApplication> {
  const host = await DatabaseHost.resolve(config);
  try {
    const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, host), {
      bodyParser: false,
      logger: options.logger ?? ['log', 'warn', 'error'],
    });
    // Readings may be 2 MB of text; JSON escaping can nearly double that in the worst case.
    app.useBodyParser('json', { limit: '5mb' });
    app.use(cookieParser());
    app.set('trust proxy', config.trustProxy);
    // No ETag on responses sent whole (GraphQL answers, downloads): they are per viewer and never
    // revalidated, and hashing a reading view's ~10 MB answer cost ~8 ms each time. Static files
    // (the web client) keep theirs: serve-static sets its own.
    app.set('etag', false);
    app.enableShutdownHooks();
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
