import { DynamicModule, Global, Inject, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { dataSourceOptions, DatabaseTarget } from './data-source-options';
import { EmbeddedPostgres } from './embedded-postgres';
import { migrate } from './migrate';
import { TransactionRunner } from './transaction-runner';

/** Where the database is: the configured server, or an embedded PGlite started for this process. */
export class DatabaseHost implements DatabaseTarget {
  constructor(
    readonly url: string,
    readonly embedded: boolean,
    private readonly embeddedServer: EmbeddedPostgres | null,
  ) {}

  static async resolve(config: AppConfig): Promise<DatabaseHost> {
    if (config.databaseUrl) return new DatabaseHost(config.databaseUrl, false, null);
    const server = await EmbeddedPostgres.start(config.dataDir);
    return new DatabaseHost(server.url, true, server);
  }

  async stop(): Promise<void> {
    await this.embeddedServer?.stop();
  }
}

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG, DatabaseHost],
      useFactory: (config: AppConfig, host: DatabaseHost) => ({
        ...dataSourceOptions(host, config.databasePoolSize),
        // The embedded server takes one client and refuses the next until it has seen the last one
        // leave, which takes milliseconds: retry at once instead of TypeORM's 3 s pause.
        ...(host.embedded ? { retryAttempts: 200, retryDelay: 25 } : {}),
      }),
    }),
  ],
  providers: [TransactionRunner],
  exports: [TransactionRunner],
})
export class DatabaseModule implements OnModuleInit, OnApplicationShutdown {
  /** The database module for a host resolved before the app is built (bootstrap.ts). */
  static forRoot(host: DatabaseHost): DynamicModule {
    return { module: DatabaseModule, providers: [{ provide: DatabaseHost, useValue: host }], exports: [DatabaseHost] };
  }

  constructor(
    @Inject(DatabaseHost) private readonly host: DatabaseHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly dataSource: DataSource,
  ) {}

  /** Migrations run at start-up, before any module serves a request or seeds data. */
  async onModuleInit(): Promise<void> {
    await migrate(this.dataSource, this.host.embedded || this.config.databasePoolSize === 1);
  }

  async onApplicationShutdown(): Promise<void> {
    // The embedded server must outlive the pool that talks to it.
    if (this.dataSource.isInitialized) await this.dataSource.destroy();
    await this.host.stop();
  }
}
