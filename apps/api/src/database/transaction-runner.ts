import { performance } from 'node:perf_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { DataSource, EntityManager } from 'typeorm';

/** One unit of work: every write goes through `manager`; `afterCommit` runs only once it is durable. */
export interface Transaction {
  manager: EntityManager;
  /** `committedAt` is the `performance.now()` of the commit, for effects that measure their lag. */
  afterCommit(effect: (committedAt: number) => void | Promise<void>): void;
}

/**
 * Runs a mutation in one database transaction, so a failure leaves nothing half-written.
 * Every statement must use the transaction's manager: embedded PGlite has a single connection, and a
 * query on another pooled connection would wait forever for this transaction to end.
 */
@Injectable()
export class TransactionRunner {
  private readonly logger = new Logger('TransactionRunner');

  constructor(private readonly dataSource: DataSource) {}

  async run<T>(work: (tx: Transaction) => Promise<T>): Promise<T> {
    const effects: Array<(committedAt: number) => void | Promise<void>> = [];
    const result = await this.dataSource.transaction((manager) =>
      work({ manager, afterCommit: (effect) => effects.push(effect) }),
    );
    const committedAt = performance.now();
    for (const effect of effects) {
      try {
        await effect(committedAt);
      } catch (error) {
        this.logger.error(`after-commit effect failed: ${error instanceof Error ? error.stack : String(error)}`);
      }
    }
    return result;
  }
}

/** True when a failed statement broke the named unique index or constraint. */
export function isUniqueViolation(error: unknown, constraint?: string): boolean {
  const driverError = (error as { driverError?: { code?: string; constraint?: string } }).driverError;
  return driverError?.code === '23505' && (constraint === undefined || driverError.constraint === constraint);
}
