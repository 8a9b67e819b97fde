import { BeforeApplicationShutdown, Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { createAdapter } from '@socket.io/redis-adapter';
import { SOCKET_PATH } from '@glossa/contracts';
import type { Server as HttpServer } from 'node:http';
import { Server } from 'socket.io';
import { APP_CONFIG, AppConfig } from '../config/app-config';
import { Metrics } from '../observability/metrics';
import { traceSocketMessages } from '../observability/socket-tracing';
import type { RealtimeIo } from './realtime-io';
import { REALTIME_OPTIONS, RealtimeOptions } from './realtime-options';
import { connectRedisPair, RedisPair } from './redis-pair';

/**
 * The Socket.IO server, on the API's own HTTP server and port (path /socket.io). With REDIS_URL the
 * instances share rooms through the Redis adapter, so `io.to(room).emit` reaches every instance's
 * sockets; without it the in-memory adapter serves one instance.
 */
@Injectable()
export class RealtimeServer implements OnModuleInit, BeforeApplicationShutdown {
  private readonly logger = new Logger('Realtime');
  private server: RealtimeIo | null = null;
  private redis: RedisPair | null = null;

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(REALTIME_OPTIONS) private readonly options: RealtimeOptions,
    private readonly metrics: Metrics,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.redisUrl) this.redis = await connectRedisPair(this.config.redisUrl, this.logger);
  }

  /** Attaches the server to the HTTP server (once) and returns it. */
  start(): RealtimeIo {
    if (this.server) return this.server;
    const httpServer: HttpServer = this.adapterHost.httpAdapter.getHttpServer();
    this.server = new Server(httpServer, {
      path: SOCKET_PATH,
      serveClient: false,
      maxHttpBufferSize: this.options.maxFrameBytes,
      pingInterval: this.options.pingIntervalMs,
      pingTimeout: this.options.pingTimeoutMs,
      ...(this.redis
        ? {
            adapter: createAdapter(this.redis.pub, this.redis.sub, {
              requestsTimeout: this.options.clusterRequestTimeoutMs,
            }),
          }
        : {}),
    });
    if (this.redis) this.logger.log('Sharing real-time rooms with other instances through Redis');
    traceSocketMessages(this.server);
    const io = this.server;
    this.metrics.observeSockets({
      connectedSockets: () => (this.server ? io.engine.clientsCount : 0),
      // Each socket also sits in a room named by its own id; only event rooms count.
      rooms: () =>
        this.server ? [...io.of('/').adapter.rooms.keys()].filter((room) => !io.of('/').sockets.has(room)).length : 0,
    });
    return this.server;
  }

  /** False before start and once shut down: late events and timers then have nowhere to go. */
  get running(): boolean {
    return this.server !== null;
  }

  get io(): RealtimeIo {
    if (!this.server) throw new Error('The real-time server has not started');
    return this.server;
  }

  /** Whether other instances may hold sockets of the same rooms. */
  get clustered(): boolean {
    return this.redis !== null;
  }

  /**
   * Closes this instance's sockets before Nest closes the HTTP server: clients reconnect elsewhere
   * and catch up from the event log. `io.close()` acts locally, never on other instances.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await this.server?.close();
    this.server = null;
    await this.redis?.quit();
    this.redis = null;
  }
}
