import type { EventEnvelope } from '@glossa/contracts';

/** Messages between the soak's orchestrator (run.ts) and its audience processes (audience.ts). */

/** Which servers an audience listens to: the two Glossa instances, or the bare Socket.IO servers. */
export type Group = 'api' | 'bare';

export interface RoomAudience {
  room: string;
  /** How many of this process's clients subscribe to the room. */
  count: number;
}

/** Orchestrator → audience. */
export type AudienceCommand =
  | { type: 'connect'; group: Group; url: string; tokens: string[]; rooms: RoomAudience[] }
  /** How many events each client got of each room's `expected` (events since it subscribed). */
  | { type: 'tally'; group: Group; expected: Record<string, number> }
  | { type: 'disconnect'; group: Group };

/** Audience → orchestrator. */
export type AudienceReport =
  | { type: 'connected'; group: Group; ms: number }
  /** Every 500 clients subscribed while connecting, so a slow start shows. */
  | { type: 'connecting'; group: Group; subscribed: number; of: number; ms: number }
  /** Every client of this process in `room` has `seq`: when the first and the last delivered it. */
  | {
      type: 'arrived';
      group: Group;
      room: string;
      seq: number;
      id: string | null;
      first: number;
      last: number;
      sample?: EventEnvelope;
    }
  | { type: 'tallied'; group: Group; clients: number; lost: number; extra: number; duplicates: number }
  | { type: 'disconnected'; group: Group }
  | { type: 'failed'; message: string };
