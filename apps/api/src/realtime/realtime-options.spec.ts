import { ConfigError } from '../config/app-config';
import { loadRealtimeOptions } from './realtime-options';

describe('loadRealtimeOptions', () => {
  it('uses the defaults when nothing is set', () => {
    expect(loadRealtimeOptions({})).toMatchObject({ heartbeatMs: 5000, maxRoomsPerSocket: 50, maxMessageBytes: 2048 });
  });

  it('reads overrides and names every invalid one', () => {
    expect(loadRealtimeOptions({ REALTIME_HEARTBEAT_MS: '200' }).heartbeatMs).toBe(200);
    expect(() => loadRealtimeOptions({ REALTIME_HEARTBEAT_MS: 'soon', REALTIME_MAX_ROOMS: '1' })).toThrow(
      new ConfigError(
        'Invalid configuration:\n- REALTIME_HEARTBEAT_MS must be a whole number from 50 to 600000 (got "soon")\n' +
          '- REALTIME_MAX_ROOMS must be a whole number from 2 to 10000 (got "1")',
      ),
    );
  });
});
