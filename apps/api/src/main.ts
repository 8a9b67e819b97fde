import 'reflect-metadata';
import { ConfigError, loadConfig } from './config/app-config';
import { createApp, logListening } from './bootstrap';
import { DatabaseHost } from './database/database.module';
import { stopGracefullyOnSignals } from './http/graceful-stop';

async function main(): Promise<void> {
  const config = loadConfig();
  const app = await createApp(config);
  stopGracefullyOnSignals(app, config.shutdownGraceSeconds);
  await app.listen(config.port);
  logListening(config, config.port, app.get(DatabaseHost).embedded);
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError ? error.message : error);
  process.exit(1);
});
