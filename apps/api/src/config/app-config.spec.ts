import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from './app-config';

describe('loadConfig', () => {
  it('defaults to the embedded database on port 3000', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeNull();
    expect(config.seedDemo).toBe('auto');
    expect(config.sessionTtlSeconds).toBe(168 * 3600);
  });

  it('names every invalid setting in one error', () => {
    expect(() =>
      loadConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://x', SEED_DEMO: 'maybe', SESSION_SECRET: 'short' }),
    ).toThrow(/^(?=[\s\S]*PORT)(?=[\s\S]*DATABASE_URL)(?=[\s\S]*SEED_DEMO)(?=[\s\S]*SESSION_SECRET)/);
  });

  it('reads the sign-in limits, and refuses free failures that are not fewer than the lock', () => {
    expect(loadConfig({}).signIn).toEqual({
      windowSeconds: 900,
      freeFailures: 3,
      accountMaxFailures: 10,
      addressMaxFailures: 100,
    });
    expect(() => loadConfig({ SIGN_IN_FREE_FAILURES: '10', SIGN_IN_ACCOUNT_MAX_FAILURES: '10' })).toThrow(
      /SIGN_IN_FREE_FAILURES must be smaller than SIGN_IN_ACCOUNT_MAX_FAILURES/,
    );
    expect(() => loadConfig({ SIGN_IN_ADDRESS_MAX_FAILURES: 'lots' })).toThrow(/SIGN_IN_ADDRESS_MAX_FAILURES/);
  });

  it('requires a shared SESSION_SECRET in production with an external database', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', DATABASE_URL: 'postgres://db/glossa' })).toThrow(
      /SESSION_SECRET is required/,
    );
  });

  it('accepts the API environment of docker-compose.yml for both replicas', () => {
    const compose = parse(readFileSync(join(__dirname, '../../../../docker-compose.yml'), 'utf8'), { merge: true });
    const replicas = Object.keys(compose.services).filter((name) => name.startsWith('api-'));
    expect(replicas).toHaveLength(2);
    expect(Object.keys(compose.services)).toEqual(expect.arrayContaining(['postgres', 'redis', 'proxy']));
    for (const name of replicas) {
      const config = loadConfig(compose.services[name].environment);
      expect(config.databaseUrl).toMatch(/^postgres:\/\/.*@postgres:5432\//);
      expect(config.redisUrl).toBe('redis://redis:6379');
    }
  });
});
