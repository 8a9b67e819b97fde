import { Injectable, Logger } from '@nestjs/common';
import type { EventEnvelope } from '@glossa/contracts';
import { performance } from 'node:perf_hooks';
import { Metrics } from '../observability/metrics';

export type EventListener = (event: EventEnvelope) => void;

/**
 * Hands committed events to whoever delivers them (the Socket.IO gateway). In-process only: other
 * API instances receive them through the Socket.IO Redis adapter, and clients that miss one
 * recover it from the event log.
 */
@Injectable()
export class EventPublisher {
  private readonly logger = new Logger('EventPublisher');
  private readonly listeners = new Set<EventListener>();

  constructor(private readonly metrics: Metrics) {}

  subscribe(listener: EventListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** `committedAt` (performance.now() at commit) feeds the commit-to-emit lag histogram. */
  publish(event: EventEnvelope, committedAt = performance.now()): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.logger.error(`listener failed for ${event.type} in ${event.room}: ${String(error)}`);
      }
    }
    this.metrics.commitToEmit.observe((performance.now() - committedAt) / 1000);
  }
}
