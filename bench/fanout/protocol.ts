import type { EventEnvelope } from '@glossa/contracts';

/** Which server an audience listens to. */
export type Group = 'api' | 'raw';

/** Orchestrator → clients process. */
export type ClientsCommand =
  | { type: 'connect'; group: Group; url: string; tokens: string[]; room: string; count: number }
  | { type: 'disconnect' };

/** Clients process → orchestrator. */
export type ClientsReport =
  | { type: 'connected'; group: Group; ms: number }
  /** Every client of `group` has delivered the event with this `seq`: when the first and the last did. */
  | { type: 'received'; group: Group; seq: number; first: number; last: number; sample: EventEnvelope }
  | { type: 'disconnected' }
  | { type: 'failed'; message: string };

/** Orchestrator → a server process (API or bare): report memory after a GC. */
export interface MemoryRequest {
  type: 'memory';
}
export interface MemoryReport {
  type: 'memory';
  rss: number;
  /** JS heap used plus external (buffers): what the connections themselves retain. */
  heap: number;
}
