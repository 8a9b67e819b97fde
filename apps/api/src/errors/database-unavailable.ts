/**
 * Whether an exception means the database could not be reached or went away mid-request, rather than
 * that the request was wrong: PostgreSQL shutting down or restarting (SQLSTATE class 08, 57P01–57P03),
 * a refused or dropped connection, or a pool that could not connect in time. Such a request changed
 * nothing (its transaction, if any, is rolled back by the server) and can be sent again, so it is
 * answered UNAVAILABLE with `retryable: true` (docs/architecture.md, Errors), not as our own fault.
 */
export function isDatabaseUnavailable(exception: unknown): boolean {
  for (let error = exception as Failure | undefined, depth = 0; error && depth < 4; depth++) {
    if (typeof error.code === 'string' && (UNREACHABLE.has(error.code) || /^08/.test(error.code) || SHUTTING_DOWN.has(error.code)))
      return true;
    const message = error.message;
    if (typeof message === 'string' && DROPPED.some((text) => message.includes(text))) return true;
    // TypeORM releases a transaction's connection when the server drops it; the transaction's next
    // statement then meets this instead of the driver's error.
    if (error.name === 'QueryRunnerAlreadyReleasedError' || error.name === 'QueryRunnerProviderAlreadyReleasedError') return true;
    error = error.driverError ?? error.cause;
  }
  return false;
}

interface Failure {
  code?: unknown;
  message?: string;
  name?: string;
  driverError?: Failure;
  cause?: Failure;
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'EHOSTUNREACH']);
/** admin_shutdown, crash_shutdown, cannot_connect_now. */
const SHUTTING_DOWN = new Set(['57P01', '57P02', '57P03']);
/** node-postgres's own words for a connection lost or never made. */
const DROPPED = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Client was closed and is not queryable',
];
