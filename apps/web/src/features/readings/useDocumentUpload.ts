import { useEffect, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import type { DocumentUploadStatusQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const DocumentUploadStatusDocument = graphql(`
  query DocumentUploadStatus($id: ID!) {
    documentUpload(id: $id) {
      id
      status
      progress
      error
      title
      author
      source
      kind
      saveRequested
      readingId
    }
  }
`);

const SaveUploadedReadingDocument = graphql(`
  mutation SaveUploadedReading($input: SaveUploadedReadingInput!) {
    saveUploadedReading(input: $input) {
      id
      status
      saveRequested
      readingId
    }
  }
`);

export type DocumentUpload = DocumentUploadStatusQuery['documentUpload'];

/** How often a converting upload is asked about (the conversion runs as a background job). */
const POLL_MS = 1000;

/** An upload's state, asked again every second while it converts or waits to become a reading. */
export function useDocumentUpload(id: string | null): DocumentUpload | null {
  const [result, reexecute] = useQuery({
    query: DocumentUploadStatusDocument,
    variables: { id: id ?? '' },
    pause: !id,
    requestPolicy: 'network-only',
  });
  const upload = result.data?.documentUpload ?? null;
  const waiting = upload !== null && (upload.status === 'CONVERTING' || (upload.saveRequested && !upload.readingId));
  useEffect(() => {
    if (!waiting) return;
    const timer = setTimeout(() => reexecute({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearTimeout(timer);
  }, [waiting, result, reexecute]);
  return upload;
}

export function useSaveUploadedReading() {
  const [state, execute] = useMutation(SaveUploadedReadingDocument);
  const [error, setError] = useState<string | null>(null);
  return {
    saving: state.fetching,
    error: error ?? (state.error ? errorMessage(state.error) : null),
    save: async (input: { uploadId: string; title: string; author: string; source: string; clientId: string }) => {
      setError(null);
      const result = await execute({ input });
      return result.data?.saveUploadedReading ?? null;
    },
  };
}
