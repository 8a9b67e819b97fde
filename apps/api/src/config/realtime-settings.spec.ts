import { ConfigError, loadConfig } from './app-config';

describe('realtime settings', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadConfig({}).realtime).toMatchObject({ heartbeatMs: 5000, maxRoomsPerSocket: 50, maxMessageBytes: 2048 });
  });

  it('reads overrides and names every invalid one with the rest of the configuration', () => {
    expect(loadConfig({ REALTIME_HEARTBEAT_MS: '200' }).realtime.heartbeatMs).toBe(200);
    expect(() => loadConfig({ PORT: 'x', REALTIME_HEARTBEAT_MS: 'soon', REALTIME_MAX_ROOMS: '1' })).toThrow(
      new ConfigError(
        'Invalid configuration:\n- PORT must be a whole number from 0 to 65535 (got "x")\n' +
          '- REALTIME_HEARTBEAT_MS must be a whole number from 50 to 600000 (got "soon")\n' +
          '- REALTIME_MAX_ROOMS must be a whole number from 2 to 10000 (got "1")',
      ),
    );
  });
});
