import { useCallback } from 'react';
import { useQuery } from 'urql';
import type { CombinedError } from 'urql';
import { graphql } from '../../gql';
import type { ReadingPageQuery } from '../../gql/graphql';
import { errorMessage, hasErrorCode } from '../../graphql/graphql-error';

const ReadingPageDocument = graphql(`
  query ReadingPage($id: ID!) {
    reading(id: $id) {
      id
      seminarId
      title
      author
      source
      format
      revisionNumber
      eventSeq
      currentRevision {
        id
        number
        text
        pages {
          number
          label
          start
          ocr
        }
      }
    }
  }
`);

export type Reading = ReadingPageQuery['reading'];

export type ReadingState =
  | { status: 'loading' }
  | { status: 'not-found' }
  | { status: 'error'; message: string }
  | { status: 'ready'; reading: Reading };

/**
 * A reading with the text of its current revision. Non-members get NOT_FOUND, as for a missing one.
 * `reload` fetches it again (after a live `reading.revised`), keeping the shown one meanwhile.
 */
export function useReading(id: string): ReadingState & { reload: () => void } {
  const [result, reexecute] = useQuery({ query: ReadingPageDocument, variables: { id } });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  return { ...readingState(result), reload };
}

function readingState(result: { data?: ReadingPageQuery; error?: CombinedError }): ReadingState {
  if (result.data) return { status: 'ready', reading: result.data.reading };
  if (result.error) {
    // A malformed id in the address (BAD_USER_INPUT) names no reading either.
    const missing = hasErrorCode(result.error, 'NOT_FOUND') || hasErrorCode(result.error, 'BAD_USER_INPUT');
    return missing ? { status: 'not-found' } : { status: 'error', message: errorMessage(result.error) };
  }
  return { status: 'loading' };
}
