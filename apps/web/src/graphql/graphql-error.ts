import type { CombinedError } from 'urql';

/** The fixed set of `extensions.code` values the API answers with (docs/design.md, GraphQL conventions). */
export type GraphqlErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export function errorCodes(error: CombinedError): GraphqlErrorCode[] {
  return error.graphQLErrors.map((e) => e.extensions?.['code']).filter((code): code is GraphqlErrorCode => typeof code === 'string');
}

export function hasErrorCode(error: CombinedError | undefined, code: GraphqlErrorCode): boolean {
  return error !== undefined && errorCodes(error).includes(code);
}

/**
 * The sentence to show a person. The API's messages are written for people, so they are shown as
 * they are; only network failures get a message of our own.
 */
export function errorMessage(error: CombinedError): string {
  const messages = error.graphQLErrors.map((e) => e.message).filter(Boolean);
  if (messages.length > 0) return messages.join(' ');
  if (error.networkError) return 'Glossa could not be reached. Check your connection and try again.';
  return 'Something went wrong. Please try again.';
}
