import { useMemo } from 'react';
import { useClient } from 'urql';
import { graphql } from '../../gql';
import type {
  AnnotationImportPreviewFieldsFragment,
  AnnotationImportReportFieldsFragment,
  ExportFormat,
} from '../../gql/graphql';
import { ActionResult, failedAction } from '../../graphql/action-result';

const ExportAnnotationsDocument = graphql(`
  query ExportAnnotations($input: ExportAnnotationsInput!) {
    exportAnnotations(input: $input) {
      filename
      mediaType
      content
      annotationCount
      replyCount
    }
  }
`);

const ExportDebateDocument = graphql(`
  query ExportDebate($id: ID!) {
    exportDebate(id: $id) {
      filename
      mediaType
      content
      claimCount
    }
  }
`);

graphql(`
  fragment ImportOutcomeFields on ImportOutcome {
    orphaned {
      sourceId
      quote
    }
    attributedToImporter {
      sourceId
      originalAuthor
    }
    authorsMatched {
      userId
      displayName
      posts
    }
    unmatchedReadings {
      iri
      title
      annotations
    }
    skipped {
      sourceId
      reason
    }
  }
`);

const PreviewAnnotationImportDocument = graphql(`
  query PreviewAnnotationImport($input: PreviewAnnotationImportInput!) {
    previewAnnotationImport(input: $input) {
      ...AnnotationImportPreviewFields
    }
  }
  fragment AnnotationImportPreviewFields on AnnotationImportPreview {
    format
    annotationsToImport
    repliesToImport
    duplicatesToSkip
    ...ImportOutcomeFields
  }
`);

const ImportAnnotationsDocument = graphql(`
  mutation ImportAnnotations($input: ImportAnnotationsInput!) {
    importAnnotations(input: $input) {
      ...AnnotationImportReportFields
    }
  }
  fragment AnnotationImportReportFields on AnnotationImport {
    id
    format
    annotationsImported
    repliesImported
    duplicatesSkipped
    ...ImportOutcomeFields
  }
`);

export type ExportScope = { seminarId: string } | { readingId: string };
export interface ExportedFile {
  filename: string;
  mediaType: string;
  content: string;
  annotationCount: number;
  replyCount: number;
}
export interface DebateFile {
  filename: string;
  mediaType: string;
  content: string;
  claimCount: number;
}
export interface ImportRequest {
  seminarId: string;
  document: string;
  /** Anchor every annotation in this reading rather than matching readings by address or title. */
  readingId?: string;
}
export type ImportPreview = AnnotationImportPreviewFieldsFragment;
export type ImportReport = AnnotationImportReportFieldsFragment;

export interface TakeOut {
  exportFile: (scope: ExportScope, format: ExportFormat) => Promise<ActionResult<ExportedFile>>;
  exportDebate: (debateId: string) => Promise<ActionResult<DebateFile>>;
  preview: (request: ImportRequest) => Promise<ActionResult<ImportPreview>>;
  /** The same `clientId` for a retried click: the API then answers the first import's report. */
  importFile: (request: ImportRequest, clientId: string) => Promise<ActionResult<ImportReport>>;
}

/** Export, import preview and import, answering what they came to in words the page shows. */
export function useTakeOut(): TakeOut {
  const client = useClient();
  return useMemo<TakeOut>(
    () => ({
      async exportFile(scope, format) {
        const result = await client
          .query(ExportAnnotationsDocument, { input: { ...scope, format } }, { requestPolicy: 'network-only' })
          .toPromise();
        return result.data ? { ok: true, value: result.data.exportAnnotations } : failedAction(result.error);
      },
      async exportDebate(debateId) {
        const result = await client
          .query(ExportDebateDocument, { id: debateId }, { requestPolicy: 'network-only' })
          .toPromise();
        return result.data ? { ok: true, value: result.data.exportDebate } : failedAction(result.error);
      },
      async preview(request) {
        const result = await client
          .query(PreviewAnnotationImportDocument, { input: request }, { requestPolicy: 'network-only' })
          .toPromise();
        return result.data ? { ok: true, value: result.data.previewAnnotationImport } : failedAction(result.error);
      },
      async importFile(request, clientId) {
        // The reading room and the seminar page list annotations, not imports: name them so both refetch.
        const context = { additionalTypenames: ['Annotation', 'Reading', 'Seminar'] };
        const result = await client
          .mutation(ImportAnnotationsDocument, { input: { ...request, clientId } }, context)
          .toPromise();
        return result.data ? { ok: true, value: result.data.importAnnotations } : failedAction(result.error);
      },
    }),
    [client],
  );
}
