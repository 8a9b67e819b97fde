import { rangeOf } from './annotation-factories';
import { DocumentMatrixScene, ownersUpload } from './document-matrix-operations';
import { F, memberRow, N, Row } from './matrix-outcomes';
import { outcome } from './test-app';

/** What the revision and orphan-review cells need: the scene's reading and the MEMBER's comment on "Human security". */
export interface RevisionMatrixScene extends DocumentMatrixScene {
  reading: { id: string };
  annotation: { id: string };
}

const WITHOUT_THE_PASSAGE = 'People come first in this text.';

/** The owner revises the reading so that the member's comment loses its words. */
async function orphaned(s: RevisionMatrixScene): Promise<void> {
  await s.api.gql(
    `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`,
    { input: { readingId: s.reading.id, text: WITHOUT_THE_PASSAGE } },
    s.cast.OWNER.token,
  );
}

const PREVIEW_UPLOAD = `query($input: PreviewUploadedRevisionInput!) { previewUploadedRevision(input: $input) { orphaned } }`;
const REVISE_UPLOAD = `mutation($input: ReviseReadingFromUploadInput!) { reviseReadingFromUpload(input: $input) { revisionNumber } }`;

export const revisionOperations: Record<string, (s: RevisionMatrixScene) => Promise<string>> = {
  'preview a revision': async (s) =>
    outcome(
      await s.api.gql(
        `query($input: PreviewRevisionInput!) { previewReadingRevision(input: $input) { orphaned } }`,
        { input: { readingId: s.reading.id, text: WITHOUT_THE_PASSAGE } },
        s.token,
      ),
    ),
  'preview an uploaded revision (the owner’s upload)': async (s) =>
    outcome(
      await s.api.gql(
        PREVIEW_UPLOAD,
        { input: { uploadId: await ownersUpload(s), readingId: s.reading.id } },
        s.token,
      ),
    ),
  'revise a reading from an upload (the owner’s upload)': async (s) =>
    outcome(
      await s.api.gql(REVISE_UPLOAD, { input: { uploadId: await ownersUpload(s), readingId: s.reading.id } }, s.token),
    ),
  're-attach an orphan (the member’s)': async (s) => {
    await orphaned(s);
    return outcome(
      await s.api.gql(
        `mutation($input: ReattachAnnotationInput!) { reattachAnnotation(input: $input) { anchorStatus } }`,
        {
          input: {
            annotationId: s.annotation.id,
            revisionNumber: 2,
            target: rangeOf(WITHOUT_THE_PASSAGE, 'People come first'),
          },
        },
        s.token,
      ),
    );
  },
  'dismiss an orphan (the member’s)': async (s) => {
    await orphaned(s);
    return outcome(
      await s.api.gql(
        `mutation($input: AnnotationRefInput!) { dismissOrphanedAnnotation(input: $input) { orphanDismissed } }`,
        { input: { annotationId: s.annotation.id } },
        s.token,
      ),
    );
  },
};

/** Owners and moderators revise (an upload is its uploader's alone); an orphan is reviewed by its author or a moderator. */
export const revisionExpected: Record<keyof typeof revisionOperations, Row> = {
  'preview a revision': memberRow('OK', 'OK', F, F),
  'preview an uploaded revision (the owner’s upload)': memberRow('OK', N, F, F),
  'revise a reading from an upload (the owner’s upload)': memberRow('OK', N, F, F),
  're-attach an orphan (the member’s)': memberRow('OK', 'OK', 'OK', F),
  'dismiss an orphan (the member’s)': memberRow('OK', 'OK', 'OK', F),
};
