import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { TextTargetInput } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';
import type { AnnotationStore } from '../annotations/create-annotation-store';

const ReattachDocument = graphql(`
  mutation ReattachAnnotation($input: ReattachAnnotationInput!) {
    reattachAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

const DismissDocument = graphql(`
  mutation DismissOrphanedAnnotation($input: AnnotationRefInput!) {
    dismissOrphanedAnnotation(input: $input) {
      ...AnnotationFields
    }
  }
`);

/**
 * The orphan review (its author or a moderator): attach an orphan to words selected in the current
 * text, or dismiss it from the list. The answer replaces the stored annotation, so it leaves the
 * list (and, re-attached, is highlighted in the text) at once.
 */
export function useOrphanReview(store: AnnotationStore) {
  const client = useClient();
  const [error, setError] = useState<string | null>(null);

  const reattach = useCallback(
    async (annotationId: string, revisionNumber: number, target: TextTargetInput) => {
      setError(null);
      const result = await client.mutation(ReattachDocument, { input: { annotationId, revisionNumber, target } }).toPromise();
      if (result.error) setError(errorMessage(result.error));
      if (result.data) store.upsertAnnotation(result.data.reattachAnnotation);
      return !result.error;
    },
    [client, store],
  );

  const dismiss = useCallback(
    async (annotationId: string) => {
      setError(null);
      const result = await client.mutation(DismissDocument, { input: { annotationId } }).toPromise();
      if (result.error) setError(errorMessage(result.error));
      if (result.data) store.upsertAnnotation(result.data.dismissOrphanedAnnotation);
      return !result.error;
    },
    [client, store],
  );

  return { reattach, dismiss, error };
}
