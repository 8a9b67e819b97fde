import { DataSourceOptions } from 'typeorm';
import { entities } from './entities';
import { migrations } from './migrations';
import { StatementCounter } from './statement-counter';

export interface DatabaseTarget {
  url: string;
  /** Embedded PGlite serves one connection at a time. */
  embedded: boolean;
}

export function dataSourceOptions(target: DatabaseTarget, poolSize: number): DataSourceOptions {
  return {
    type: 'postgres',
    url: target.url,
    entities,
    migrations,
    migrationsTableName: 'migrations',
    synchronize: false,
    logger: new StatementCounter(),
    extra: target.embedded
      ? { max: 1, idleTimeoutMillis: 0 }
      : { max: poolSize, idleTimeoutMillis: 30_000, connectionTimeoutMillis: 10_000 },
  };
}
