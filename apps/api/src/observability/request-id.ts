import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';

/**
 * The request id of the work in progress, carried by AsyncLocalStorage through everything a request
 * (an HTTP request, a socket message, a background job) causes, so each log line names it.
 */
const storage = new AsyncLocalStorage<string>();

/** What an incoming `x-request-id` may look like to be kept (a proxy's id, a UUID, a trace id). */
const WELL_FORMED = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

/** The caller's id when it is well formed (one value, 1–128 safe characters), else a new UUID. */
export function requestIdFrom(header: string | string[] | undefined): string {
  return typeof header === 'string' && WELL_FORMED.test(header) ? header : randomUUID();
}

/** Runs `work` (and everything it starts) under `id`; background jobs call it with a new id per run. */
export function runWithRequestId<T>(id: string, work: () => T): T {
  return storage.run(id, work);
}

export function currentRequestId(): string | undefined {
  return storage.getStore();
}
