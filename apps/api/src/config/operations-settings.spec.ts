import { loadConfig } from './app-config';

describe('operations settings', () => {
  it('defaults to info logs, no cross-origin callers and a 65 s keep-alive', () => {
    const config = loadConfig({});
    expect(config.logLevel).toBe('info');
    expect(config.corsOrigins).toEqual([]);
    expect(config.keepAliveTimeoutSeconds).toBe(65);
  });

  it('reads LOG_LEVEL, CORS_ORIGINS and HTTP_KEEP_ALIVE_SECONDS', () => {
    const config = loadConfig({
      LOG_LEVEL: 'warn',
      CORS_ORIGINS: 'https://reader.example, http://localhost:5173',
      HTTP_KEEP_ALIVE_SECONDS: '120',
    });
    expect(config.logLevel).toBe('warn');
    expect(config.corsOrigins).toEqual(['https://reader.example', 'http://localhost:5173']);
    expect(config.keepAliveTimeoutSeconds).toBe(120);
  });

  it('refuses an unknown log level, an origin with a path and a keep-alive of zero', () => {
    expect(() =>
      loadConfig({ LOG_LEVEL: 'loud', CORS_ORIGINS: 'https://reader.example/app', HTTP_KEEP_ALIVE_SECONDS: '0' }),
    ).toThrow(/LOG_LEVEL[\s\S]*HTTP_KEEP_ALIVE_SECONDS[\s\S]*CORS_ORIGINS/);
  });
});

describe('shutdown settings', () => {
  it('gives requests in flight 8 s to finish on SIGTERM unless SHUTDOWN_GRACE_SECONDS says otherwise', () => {
    expect(loadConfig({}).shutdownGraceSeconds).toBe(8);
    expect(loadConfig({ SHUTDOWN_GRACE_SECONDS: '3' }).shutdownGraceSeconds).toBe(3);
  });

  it('refuses a grace period that would not leave time to stop within 10 s', () => {
    expect(() => loadConfig({ SHUTDOWN_GRACE_SECONDS: '30' })).toThrow(/SHUTDOWN_GRACE_SECONDS/);
  });
});
