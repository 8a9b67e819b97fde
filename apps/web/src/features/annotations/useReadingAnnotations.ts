import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { OperationResult } from 'urql';
import { graphql } from '../../gql';
import type { ReadingAnnotationsQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';
import type { LoadedAnnotation } from './annotation-store';
import type { AnnotationStore } from './create-annotation-store';

/**
 * Pages of 2,000 annotations, each with the first 20 replies of its thread: about 2.2 million of the
 * API's cost limit of 5 million (5,000 would cost 5.6 million), and a busy reading of 1,000 in one
 * round trip rather than two one after the other (bench/web: pages of 500 cost it half a second).
 */
const PAGE_SIZE = 2000;

const ReadingAnnotationsDocument = graphql(`
  query ReadingAnnotations($id: ID!, $first: Int!, $after: String) {
    reading(id: $id) {
      id
      annotations(first: $first, after: $after) {
        edges {
          node {
            ...AnnotationFields
            replies(first: 20) {
              edges {
                node {
                  ...ReplyFields
                }
              }
              pageInfo {
                hasNextPage
                endCursor
              }
            }
          }
        }
        pageInfo {
          hasNextPage
          endCursor
        }
      }
    }
  }
`);

export type AnnotationsLoad = { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

/**
 * Loads every annotation of the reading the viewer may see (with the first page of each thread)
 * into the store, once per reading. The store, not urql's cache, owns them from then on: mutation
 * answers and live events update it in place, so nothing refetches the whole reading after a change.
 * `reload` fetches again (after a revision, or to retry).
 */
export function useReadingAnnotations(readingId: string, store: AnnotationStore): AnnotationsLoad & { reload: () => void } {
  const client = useClient();
  const [load, setLoad] = useState<AnnotationsLoad>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    async function fetchAll() {
      const annotations: LoadedAnnotation[] = [];
      let after: string | null = null;
      for (;;) {
        const result: OperationResult<ReadingAnnotationsQuery> = await client
          .query(ReadingAnnotationsDocument, { id: readingId, first: PAGE_SIZE, after }, { requestPolicy: 'network-only' })
          .toPromise();
        if (cancelled) return;
        if (result.error || !result.data) {
          setLoad({ status: 'error', message: result.error ? errorMessage(result.error) : 'The annotations could not be loaded.' });
          return;
        }
        const connection = result.data.reading.annotations;
        annotations.push(...connection.edges.map((e) => e.node));
        if (!connection.pageInfo.hasNextPage || !connection.pageInfo.endCursor) break;
        after = connection.pageInfo.endCursor;
      }
      store.loaded(annotations);
      setLoad({ status: 'ready' });
    }
    void fetchAll();
    return () => {
      cancelled = true;
    };
  }, [client, readingId, store, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...load, reload };
}
