import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How a gauge learns its value when Prometheus scrapes `/metrics`. */
export type GaugeReading = () => number | Promise<number>;

/** The parts of a `pg` pool the pool gauges read. */
export interface PoolCounts {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
}

/** The parts of the Socket.IO server the realtime gauges read. */
export interface SocketCounts {
  connectedSockets(): number;
  rooms(): number;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const LAG_SECONDS = [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1];

/**
 * Glossa's Prometheus metrics (docs/operations.md lists them). One registry per application, not
 * prom-client's global one, so two apps in one process (the tests) each count their own.
 */
export class Metrics {
  readonly registry = new Registry();

  readonly httpDuration = new Histogram({
    name: 'glossa_http_request_duration_seconds',
    help: 'HTTP requests from arrival to the last byte, by method, route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly graphqlDuration = new Histogram({
    name: 'glossa_graphql_operation_duration_seconds',
    help: 'GraphQL operations from parsing to the response, by operation type and name',
    labelNames: ['type', 'operation'] as const,
    buckets: SECONDS,
    registers: [this.registry],
  });

  readonly graphqlErrors = new Counter({
    name: 'glossa_graphql_errors_total',
    help: 'Errors in GraphQL responses, by code (the fixed set, or INTERNAL_SERVER_ERROR)',
    labelNames: ['code'] as const,
    registers: [this.registry],
  });

  readonly commitToEmit = new Histogram({
    name: 'glossa_event_commit_to_emit_seconds',
    help: 'From the commit of an event to its hand-over to the sockets of its room',
    buckets: LAG_SECONDS,
    registers: [this.registry],
  });

  readonly replayedEvents = new Counter({
    name: 'glossa_realtime_replayed_events_total',
    help: 'Events sent again from the event log to sockets catching up (subscribe or backfill)',
    registers: [this.registry],
  });

  private readonly readings = new Map<string, Gauge>();
  private readonly queues = new Map<string, GaugeReading>();

  readonly queueDepth = new Gauge({
    name: 'glossa_job_queue_depth',
    help: 'Jobs waiting in each background queue (registerQueueDepth)',
    labelNames: ['queue'] as const,
    registers: [this.registry],
    collect: async () => {
      for (const [queue, read] of this.queues) this.queueDepth.set({ queue }, await read());
    },
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'glossa_process_' });
  }

  /** Database pool use: connections open, idle, and queries waiting for one. */
  observePool(pool: () => PoolCounts | null): void {
    const read = (key: keyof PoolCounts) => () => pool()?.[key] ?? 0;
    this.gauge('glossa_db_pool_connections', 'Database connections open in this instance’s pool', read('totalCount'));
    this.gauge('glossa_db_pool_idle_connections', 'Open database connections not in use', read('idleCount'));
    this.gauge(
      'glossa_db_pool_waiting_queries',
      'Queries waiting for a free database connection',
      read('waitingCount'),
    );
  }

  /** Sockets connected to this instance and the rooms they are in. */
  observeSockets(counts: SocketCounts): void {
    this.gauge('glossa_realtime_connected_sockets', 'Sockets connected to this instance', () =>
      counts.connectedSockets(),
    );
    this.gauge('glossa_realtime_rooms', 'Event rooms with at least one socket of this instance', () => counts.rooms());
  }

  /**
   * A background job queue's depth (jobs waiting), read at each scrape: the queue calls this once
   * when it starts, e.g. `metrics.registerQueueDepth('notifications', () => queue.waiting())`.
   */
  registerQueueDepth(queue: string, read: GaugeReading): void {
    if (this.queues.has(queue)) throw new Error(`queue ${queue} is registered twice`);
    this.queues.set(queue, read);
  }

  private gauge(name: string, help: string, read: GaugeReading): void {
    if (this.readings.has(name)) throw new Error(`metric ${name} is registered twice`);
    const gauge = new Gauge({
      name,
      help,
      registers: [this.registry],
      async collect() {
        this.set(await read());
      },
    });
    this.readings.set(name, gauge);
  }
}
