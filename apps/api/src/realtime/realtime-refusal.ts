import type { RealtimeErrorCode, RealtimeErrorMessage } from '@glossa/contracts';
import { GlossaError } from '../errors/glossa-error';

/** A client request the gateway refuses; becomes an `error` event, never a disconnect. */
export class RealtimeRefusal extends Error {
  constructor(
    readonly code: RealtimeErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'RealtimeRefusal';
  }
}

/**
 * The `error` event for a failed request. NOT_FOUND and FORBIDDEN from the domain services keep
 * their code and message (a non-member learns nothing more than GraphQL would tell them); anything
 * unexpected is INTERNAL, and its details stay in the log.
 */
export function realtimeError(error: unknown, event: string, room?: string): RealtimeErrorMessage {
  const where = { event, ...(room === undefined ? {} : { room }) };
  if (error instanceof RealtimeRefusal) return { code: error.code, message: error.message, ...where };
  if (error instanceof GlossaError && (error.code === 'NOT_FOUND' || error.code === 'FORBIDDEN')) {
    return { code: error.code, message: error.message, ...where };
  }
  return { code: 'INTERNAL', message: 'Something went wrong on the server; try again.', ...where };
}
