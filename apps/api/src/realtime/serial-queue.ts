/**
 * Runs one socket's requests one after another, in arrival order, so that "subscribe then
 * unsubscribe" cannot end subscribed because the first request's database check was slower. At most
 * `limit` requests wait; beyond that the caller refuses the request instead of buffering it.
 */
export class SerialQueue {
  private tail: Promise<void> = Promise.resolve();
  private waiting = 0;

  constructor(private readonly limit: number) {}

  /** Queues `task`; false (and nothing queued) when `limit` tasks are already waiting. */
  push(task: () => Promise<void>): boolean {
    if (this.waiting >= this.limit) return false;
    this.waiting += 1;
    this.tail = this.tail.then(async () => {
      try {
        await task();
      } catch {
        // Tasks report their own failures; a failed task must not stop the ones behind it.
      } finally {
        this.waiting -= 1;
      }
    });
    return true;
  }

  /** Resolves once every task queued so far has finished. */
  idle(): Promise<void> {
    return this.tail;
  }
}
