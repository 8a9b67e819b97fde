import type { CombinedError } from 'urql';
import { errorCodes, errorMessage, GraphqlErrorCode } from './graphql-error';

/** What a mutation came to, in the terms a component shows: the value, or a sentence and its code. */
export type ActionResult<T = undefined> =
  | { ok: true; value: T }
  | { ok: false; error: string; code: GraphqlErrorCode | null; retryAfterSeconds: number | null };

/** A refused or failed mutation, with the API's `extensions.retryAfterSeconds` when it was rate limited. */
export function failedAction(error: CombinedError | undefined): Extract<ActionResult<never>, { ok: false }> {
  if (!error)
    return { ok: false, error: 'Something went wrong. Please try again.', code: null, retryAfterSeconds: null };
  const retry = error.graphQLErrors
    .map((e) => e.extensions?.['retryAfterSeconds'])
    .find((s): s is number => typeof s === 'number');
  return {
    ok: false,
    error: errorMessage(error),
    code: errorCodes(error)[0] ?? null,
    retryAfterSeconds: retry ?? null,
  };
}
