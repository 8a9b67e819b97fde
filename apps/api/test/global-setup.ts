import { createTestDatabase, TestDatabase } from './test-database';

declare global {
  var __glossaTestDatabase: TestDatabase | undefined;
}

/** Creates and migrates this run's database once; tests read its URL from the environment. */
export default async function globalSetup(): Promise<void> {
  const database = await createTestDatabase();
  globalThis.__glossaTestDatabase = database;
  process.env.GLOSSA_TEST_DATABASE_URL = database.url;
  process.env.GLOSSA_TEST_DATABASE_EMBEDDED = String(database.embedded);
  console.log(`\n[glossa] integration tests on ${database.embedded ? 'embedded PGlite' : 'PostgreSQL server'}`);
}
