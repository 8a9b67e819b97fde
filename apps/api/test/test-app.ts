import type { NestExpressApplication } from '@nestjs/platform-express';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/bootstrap';
import { AppConfig, loadConfig } from '../src/config/app-config';

export interface GraphQLResult<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: { code?: string; [key: string]: unknown } }>;
}

/** The API under test, listening on a free port of this machine, with a GraphQL client for it. */
export interface TestApp {
  app: NestExpressApplication;
  url: string;
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string | null,
  ): Promise<GraphQLResult<T>>;
  close(): Promise<void>;
}

/** Starts the real application against this run's test database (see global-setup.ts). */
export async function startTestApp(
  overrides: Partial<AppConfig> = {},
  options: Parameters<typeof createApp>[1] = { logger: ['error'] },
): Promise<TestApp> {
  const url = process.env.GLOSSA_TEST_DATABASE_URL;
  if (!url) throw new Error('GLOSSA_TEST_DATABASE_URL is not set: run integration tests with jest.int.config.js');
  const embedded = process.env.GLOSSA_TEST_DATABASE_EMBEDDED === 'true';
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: url,
    databasePoolSize: embedded ? 1 : 5,
    dataDir: await mkdtemp(join(tmpdir(), 'glossa-app-')),
    sessionSecret: 'integration-test-secret-0123456789abcdef',
    seedDemo: 'never',
    postsPerMinute: 100_000,
    // Hundreds of people register and sign in per run: the real argon2id, at its test-only low cost
    // (docs/accounts.md, "Passwords"); the defaults cost ~180 ms of CPU a hash.
    passwordHashing: { memoryKib: 1_024, timeCost: 1, parallelism: 1 },
    ...overrides,
  };
  const app = await createApp(config, options);
  await app.listen(0, '127.0.0.1');
  const base = await app.getUrl();
  return {
    app,
    url: base.replace('[::1]', '127.0.0.1'),
    gql: (query, variables, token) => graphql(`${base}/graphql`, query, variables, token),
    close: () => app.close(),
  };
}

export async function graphql<T>(
  endpoint: string,
  query: string,
  variables: Record<string, unknown> = {},
  token?: string | null,
): Promise<GraphQLResult<T>> {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as Omit<GraphQLResult<T>, 'status'>;
  return { status: response.status, ...body };
}

/** The error code of the first error, or 'OK' when there was none. */
export function outcome(result: GraphQLResult): string {
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

/** The session id a token carries (its `sid` claim): to forget a cached session between counts. */
export function sessionIdOf(token: string): string {
  return (JSON.parse(Buffer.from(token.split('.')[1], 'base64url').toString()) as { sid: string }).sid;
}
