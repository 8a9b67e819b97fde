export type { RealtimeOptions } from '../config/realtime-settings';

/** Nest injection token for the gateway's settings (`AppConfig.realtime`). */
export const REALTIME_OPTIONS = Symbol('REALTIME_OPTIONS');
