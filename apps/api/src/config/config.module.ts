import { DynamicModule, Global, Module } from '@nestjs/common';
import { DatabaseHost } from '../database/database.module';
import { APP_CONFIG, AppConfig } from './app-config';

/** Makes the validated configuration, and the database host resolved from it, injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, databaseHost: DatabaseHost): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: DatabaseHost, useValue: databaseHost },
      ],
      exports: [APP_CONFIG, DatabaseHost],
    };
  }
}
