/**
 * The fixed set of error codes every API client can rely on (docs/design.md, GraphQL conventions).
 * Each module throws a subclass; GlossaErrorFilter maps them to `extensions.code` in one place.
 */
export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE';

export abstract class GlossaError extends Error {
  abstract readonly code: ErrorCode;
  constructor(
    message: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UnauthenticatedError extends GlossaError {
  readonly code = 'UNAUTHENTICATED' as const;
}
export class ForbiddenError extends GlossaError {
  readonly code = 'FORBIDDEN' as const;
}
export class NotFoundError extends GlossaError {
  readonly code = 'NOT_FOUND' as const;
}
export class BadUserInputError extends GlossaError {
  readonly code = 'BAD_USER_INPUT' as const;
}
export class ConflictError extends GlossaError {
  readonly code = 'CONFLICT' as const;
}
export class RateLimitedError extends GlossaError {
  readonly code = 'RATE_LIMITED' as const;
}
/** The server cannot serve the request just now (its database is away); nothing was changed, try again. */
export class UnavailableError extends GlossaError {
  readonly code = 'UNAVAILABLE' as const;
}
