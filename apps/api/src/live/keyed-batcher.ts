/**
 * Groups work by key: while a batch of one key runs, what arrives for that key waits and then runs
 * as the next batch, together. Answers to one poll are counted one transaction at a time (each
 * event's tally must be exact), so a crowd answering at once is written in a few transactions, not
 * one each. `work` answers one result (or error) per item, in order.
 */
export class KeyedBatcher<T, R> {
  private readonly queues = new Map<string, Array<{ item: T; resolve: (r: R) => void; reject: (e: unknown) => void }>>();
  private readonly running = new Set<string>();

  constructor(private readonly work: (key: string, items: T[]) => Promise<Array<R | Error>>) {}

  run(key: string, item: T): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      const queue = this.queues.get(key) ?? [];
      queue.push({ item, resolve, reject });
      this.queues.set(key, queue);
      if (!this.running.has(key)) void this.drain(key);
    });
  }

  private async drain(key: string): Promise<void> {
    this.running.add(key);
    try {
      for (let batch = this.take(key); batch.length; batch = this.take(key)) {
        try {
          const results = await this.work(
            key,
            batch.map((b) => b.item),
          );
          batch.forEach((b, i) => (results[i] instanceof Error ? b.reject(results[i]) : b.resolve(results[i] as R)));
        } catch (error) {
          for (const b of batch) b.reject(error);
        }
      }
    } finally {
      this.running.delete(key);
    }
  }

  private take(key: string) {
    const batch = this.queues.get(key) ?? [];
    this.queues.delete(key);
    return batch;
  }
}
