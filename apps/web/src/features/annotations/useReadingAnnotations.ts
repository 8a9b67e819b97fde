import { useCallback, useEffect, useState } from 'react';
import { useClient } from 'urql';
import type { OperationResult } from 'urql';
import { graphql } from '../../gql';
import type { ReadingAnnotationsQuery, ReadingAnnotationsWithRepliesQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';
import type { LoadedAnnotation } from './annotation-store';
import type { AnnotationStore } from './create-annotation-store';

/**
 * Pages of 2,000 annotations, without their replies: a busy reading of 1,000 in one round trip. A
 * thread fetches its replies when it opens (AnnotationThread); with the first 20 replies of every
 * thread the answer was 1.6 MB on the busy reading of bench/web, most of the time to the first
 * highlights.
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

/**
 * The same with the first 20 replies of every thread, for a link to a reply (`?reply=<id>`): only a
 * loaded reply says which thread, and so which card, it belongs to.
 */
const ReadingAnnotationsWithRepliesDocument = graphql(`
  query ReadingAnnotationsWithReplies($id: ID!, $first: Int!, $after: String) {
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
 * Loads every annotation of the reading the viewer may see into the store, once per reading (with
 * the first page of each thread when `withReplies`: a link to a reply). The store, not urql's cache, owns them from then on: mutation
 * answers and live events update it in place, so nothing refetches the whole reading after a change.
 * `reload` fetches again (after a revision, or to retry).
 */
export function useReadingAnnotations(readingId: string, store: AnnotationStore, withReplies = false): AnnotationsLoad & { reload: () => void } {
  const client = useClient();
  const [load, setLoad] = useState<AnnotationsLoad>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  useEffect(() => {
    let cancelled = false;
    async function fetchAll() {
      const annotations: LoadedAnnotation[] = [];
      let after: string | null = null;
      for (;;) {
        const variables = { id: readingId, first: PAGE_SIZE, after };
        const result: OperationResult<ReadingAnnotationsQuery | ReadingAnnotationsWithRepliesQuery> = await client
          .query(withReplies ? ReadingAnnotationsWithRepliesDocument : ReadingAnnotationsDocument, variables, { requestPolicy: 'network-only' })
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
  }, [client, readingId, store, generation, withReplies]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return { ...load, reload };
}
