import { integer } from './env-readers';

/** Limits and timings of the real-time gateway. Defaults suit production; tests shorten some. */
export interface RealtimeOptions {
  /** How often each instance announces the latest `seq` of the rooms its sockets are in. */
  heartbeatMs: number;
  /** A burst of joins and leaves in a reading room becomes one presence announcement after this. */
  presenceDebounceMs: number;
  /** With several instances: how often each re-checks the presence it announced (covers dead peers). */
  presenceRefreshMs: number;
  /** Typing announcements per socket and thread, at most one per this interval. */
  typingIntervalMs: number;
  /** Events per replayed page. */
  replayPageSize: number;
  /** Longer backlogs are not replayed: the client is told to reload (`synced.stale`). */
  maxReplay: number;
  maxRoomsPerSocket: number;
  /** Largest accepted client message, in bytes of JSON. */
  maxMessageBytes: number;
  /** Engine.IO's hard cap on one frame; beyond it the connection is closed rather than parsed. */
  maxFrameBytes: number;
  /** Token bucket per socket: messages at once, and refill per second. */
  rateBurst: number;
  ratePerSecond: number;
  /** Requests one socket may have waiting behind the one being handled. */
  maxQueuedRequests: number;
  /** How long an instance waits for its peers (presence queries over Redis). */
  clusterRequestTimeoutMs: number;
  /** Engine.IO ping: a silent peer counts as gone after pingInterval + pingTimeout. */
  pingIntervalMs: number;
  pingTimeoutMs: number;
}

const settings: Array<[keyof RealtimeOptions, string, number, number, number]> = [
  ['heartbeatMs', 'REALTIME_HEARTBEAT_MS', 5000, 50, 600_000],
  ['presenceDebounceMs', 'REALTIME_PRESENCE_DEBOUNCE_MS', 150, 0, 10_000],
  ['presenceRefreshMs', 'REALTIME_PRESENCE_REFRESH_MS', 10_000, 100, 600_000],
  ['typingIntervalMs', 'REALTIME_TYPING_INTERVAL_MS', 1500, 0, 60_000],
  ['replayPageSize', 'REALTIME_REPLAY_PAGE_SIZE', 500, 1, 10_000],
  ['maxReplay', 'REALTIME_MAX_REPLAY', 10_000, 1, 1_000_000],
  ['maxRoomsPerSocket', 'REALTIME_MAX_ROOMS', 50, 2, 10_000],
  ['maxMessageBytes', 'REALTIME_MAX_MESSAGE_BYTES', 2048, 128, 1_000_000],
  ['maxFrameBytes', 'REALTIME_MAX_FRAME_BYTES', 65_536, 1024, 10_000_000],
  ['rateBurst', 'REALTIME_RATE_BURST', 40, 1, 100_000],
  ['ratePerSecond', 'REALTIME_RATE_PER_SECOND', 20, 1, 100_000],
  ['maxQueuedRequests', 'REALTIME_MAX_QUEUED', 32, 1, 10_000],
  ['clusterRequestTimeoutMs', 'REALTIME_CLUSTER_TIMEOUT_MS', 2000, 100, 60_000],
  ['pingIntervalMs', 'REALTIME_PING_INTERVAL_MS', 10_000, 100, 600_000],
  ['pingTimeoutMs', 'REALTIME_PING_TIMEOUT_MS', 5000, 100, 600_000],
];

/** Reads the REALTIME_* variables, adding a line to `problems` for each invalid one. */
export function readRealtimeSettings(env: NodeJS.ProcessEnv, problems: string[]): RealtimeOptions {
  const options = {} as RealtimeOptions;
  for (const [key, name, fallback, min, max] of settings)
    options[key] = integer(env, name, fallback, min, max, problems);
  return options;
}
