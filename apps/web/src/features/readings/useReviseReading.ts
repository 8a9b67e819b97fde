import { useCallback, useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type { RevisionPreviewFieldsFragment } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

graphql(`
  fragment RevisionPreviewFields on RevisionPreview {
    baseRevision
    exact
    fuzzy
    orphaned
    unlisted
    changed {
      status
      newExact
      annotation {
        id
        target {
          exact
        }
        author {
          id
          displayName
        }
      }
    }
  }
`);

const PreviewTextDocument = graphql(`
  query PreviewReadingRevision($input: PreviewRevisionInput!) {
    previewReadingRevision(input: $input) {
      ...RevisionPreviewFields
    }
  }
`);

const PreviewUploadDocument = graphql(`
  query PreviewUploadedRevision($input: PreviewUploadedRevisionInput!) {
    previewUploadedRevision(input: $input) {
      ...RevisionPreviewFields
    }
  }
`);

const ReviseTextDocument = graphql(`
  mutation ReviseReadingText($input: ReviseReadingInput!) {
    reviseReading(input: $input) {
      id
      revisionNumber
    }
  }
`);

const ReviseUploadDocument = graphql(`
  mutation ReviseReadingFromUpload($input: ReviseReadingFromUploadInput!) {
    reviseReadingFromUpload(input: $input) {
      id
      revisionNumber
    }
  }
`);

export type RevisionPreview = RevisionPreviewFieldsFragment;

/** The new version: pasted text, or a converted upload. */
export type NewVersion = { kind: 'text'; text: string } | { kind: 'upload'; uploadId: string };

/**
 * A revision in two steps: the preview (what re-anchoring will do, nothing written), then saving
 * it against the revision the preview was worked out from — a newer one meanwhile is a CONFLICT.
 */
export function useReviseReading(readingId: string) {
  const client = useClient();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const preview = useCallback(
    async (version: NewVersion): Promise<RevisionPreview | null> => {
      setBusy(true);
      setError(null);
      const result =
        version.kind === 'text'
          ? await client
              .query(PreviewTextDocument, { input: { readingId, text: version.text } }, { requestPolicy: 'network-only' })
              .toPromise()
          : await client
              .query(PreviewUploadDocument, { input: { readingId, uploadId: version.uploadId } }, { requestPolicy: 'network-only' })
              .toPromise();
      setBusy(false);
      if (result.error) setError(errorMessage(result.error));
      const data = result.data as { previewReadingRevision?: RevisionPreview; previewUploadedRevision?: RevisionPreview } | undefined;
      return data?.previewReadingRevision ?? data?.previewUploadedRevision ?? null;
    },
    [client, readingId],
  );

  const save = useCallback(
    async (version: NewVersion, baseRevision: number, note: string, clientId: string): Promise<boolean> => {
      setBusy(true);
      setError(null);
      const common = { readingId, baseRevision, note, clientId };
      const result =
        version.kind === 'text'
          ? await client.mutation(ReviseTextDocument, { input: { ...common, text: version.text } }).toPromise()
          : await client.mutation(ReviseUploadDocument, { input: { ...common, uploadId: version.uploadId } }).toPromise();
      setBusy(false);
      if (result.error) setError(errorMessage(result.error));
      return !result.error;
    },
    [client, readingId],
  );

  return { preview, save, busy, error };
}
