import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../src/database/data-source-options';
import { EmbeddedPostgres } from '../src/database/embedded-postgres';
import { migrate } from '../src/database/migrate';

/** A database that exists for one test run: a fresh one on the server under test, or embedded PGlite. */
export interface TestDatabase {
  url: string;
  embedded: boolean;
  drop(): Promise<void>;
}

/** The PostgreSQL server the tests use, if one is configured. */
export function configuredServerUrl(): string | null {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || null;
}

export async function createTestDatabase(): Promise<TestDatabase> {
  const server = configuredServerUrl();
  return migrated(server ? await freshDatabaseOn(server) : await freshEmbedded());
}

/** A fresh, migrated database on the PostgreSQL server at `serverUrl` (a fault test's own server). */
export async function createDatabaseOn(serverUrl: string): Promise<TestDatabase> {
  return migrated(await freshDatabaseOn(serverUrl));
}

async function migrated(database: TestDatabase): Promise<TestDatabase> {
  const dataSource = await new DataSource(dataSourceOptions(database, 2)).initialize();
  try {
    await migrate(dataSource, database.embedded);
  } finally {
    await dataSource.destroy();
  }
  return database;
}

async function freshDatabaseOn(serverUrl: string): Promise<TestDatabase> {
  const name = `glossa_test_${Date.now()}_${randomBytes(3).toString('hex')}`;
  const admin = new Client({ connectionString: serverUrl });
  try {
    await admin.connect();
  } catch (error) {
    throw new Error(`Cannot reach the test PostgreSQL at ${redact(serverUrl)}: ${(error as Error).message}`);
  }
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    embedded: false,
    async drop() {
      const client = new Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await client.end();
    },
  };
}

async function freshEmbedded(): Promise<TestDatabase> {
  const dir = await mkdtemp(join(tmpdir(), 'glossa-test-'));
  const server = await EmbeddedPostgres.start(dir);
  return {
    url: server.url,
    embedded: true,
    async drop() {
      await server.stop();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

function redact(url: string): string {
  return url.replace(/\/\/([^:@/]+):[^@/]+@/, '//$1:***@');
}
