import { Injectable } from '@nestjs/common';
import { Transaction } from '../database/transaction-runner';

export interface RevisionContext {
  tx: Transaction;
  seminarId: string;
  readingId: string;
  revisionNumber: number;
  text: string;
}

export interface ReanchorCounts {
  exact: number;
  fuzzy: number;
  orphaned: number;
}

export type RevisionListener = (revision: RevisionContext) => Promise<ReanchorCounts>;

/**
 * Work that must happen in the same transaction as a new revision — re-anchoring the reading's
 * annotations. Modules that anchor things to readings register here, so readings need not know them.
 */
@Injectable()
export class RevisionListeners {
  private readonly listeners: RevisionListener[] = [];

  register(listener: RevisionListener): void {
    this.listeners.push(listener);
  }

  async notify(revision: RevisionContext): Promise<ReanchorCounts> {
    const total: ReanchorCounts = { exact: 0, fuzzy: 0, orphaned: 0 };
    for (const listener of this.listeners) {
      const counts = await listener(revision);
      total.exact += counts.exact;
      total.fuzzy += counts.fuzzy;
      total.orphaned += counts.orphaned;
    }
    return total;
  }
}
