import { Global, Injectable, Logger, Module } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import type { Server } from 'node:http';

/**
 * Counts the HTTP requests in flight so a stopping instance can finish them before it lets go of
 * its sockets (docs/operations.md, "Graceful shutdown"): `drain` stops the listener, answers what
 * is in flight with `Connection: close` so clients take their next request elsewhere, and resolves
 * when the last one has been answered or the grace period is over.
 */
@Injectable()
export class RequestDrain {
  private readonly logger = new Logger('RequestDrain');
  private readonly inFlight = new Set<Response>();
  private idle: Array<() => void> = [];
  private draining: Promise<void> | null = null;

  /** Express middleware: must run before anything that can answer a request. */
  readonly track = (_req: Request, res: Response, next: NextFunction): void => {
    if (this.draining) res.setHeader('Connection', 'close');
    this.inFlight.add(res);
    const done = () => {
      if (!this.inFlight.delete(res)) return;
      if (this.inFlight.size === 0) for (const resolve of this.idle.splice(0)) resolve();
    };
    res.once('finish', done);
    res.once('close', done);
    next();
  };

  get requestsInFlight(): number {
    return this.inFlight.size;
  }

  /** Stops taking connections and waits (at most `graceMs`) for the requests already taken. */
  drain(server: Server, graceMs: number): Promise<void> {
    this.draining ??= this.finish(server, graceMs);
    return this.draining;
  }

  private async finish(server: Server, graceMs: number): Promise<void> {
    // Stops listening and closes kept-alive connections that wait for no answer.
    server.close();
    for (const res of this.inFlight) if (!res.headersSent) res.setHeader('Connection', 'close');
    if (this.inFlight.size > 0) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        new Promise<void>((resolve) => this.idle.push(resolve)),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
      ]);
      clearTimeout(timer);
    }
    if (this.inFlight.size > 0) {
      // A request still unanswered after the grace period (a client that never sends its body, a
      // hung dependency) is cut, so the instance still stops in time.
      this.logger.warn(`Stopping: ${this.inFlight.size} request(s) still unanswered after ${graceMs} ms are cut`);
      server.closeAllConnections();
    } else {
      // What is left open now carries no request: nothing is lost by closing it.
      server.closeIdleConnections();
    }
  }
}

/** Global, so the real-time server can wait for the drain before it closes its sockets. */
@Global()
@Module({ providers: [RequestDrain], exports: [RequestDrain] })
export class RequestDrainModule {}
