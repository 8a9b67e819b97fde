import type { Cast } from './factories';
import { F, memberRow, Row } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the take-out cells of the permission matrix need of their scene. */
export interface InterchangeMatrixScene {
  api: TestApp;
  cast: Cast;
  seminar: { id: string };
  reading: { id: string };
  debate: { id: string };
  token: string | null;
}

const EXPORT = `query($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { filename content } }`;

/** The scene's reading exported by its owner: a file any member might bring back. */
async function ownersFile(s: InterchangeMatrixScene): Promise<string> {
  const result = await s.api.gql<{ exportAnnotations: { content: string } }>(
    EXPORT,
    { input: { readingId: s.reading.id, format: 'WEB_ANNOTATION' } },
    s.cast.OWNER.token,
  );
  if (!result.data) throw new Error(`the owner's export failed: ${JSON.stringify(result.errors)}`);
  return result.data.exportAnnotations.content;
}

let clientIds = 0;

export const interchangeOperations: Record<string, (s: InterchangeMatrixScene) => Promise<string>> = {
  'export a seminar’s annotations': async (s) =>
    outcome(await s.api.gql(EXPORT, { input: { seminarId: s.seminar.id, format: 'WEB_ANNOTATION' } }, s.token)),
  'export a reading’s discussion as Markdown': async (s) =>
    outcome(await s.api.gql(EXPORT, { input: { readingId: s.reading.id, format: 'MARKDOWN' } }, s.token)),
  'export a debate as Markdown': async (s) =>
    outcome(await s.api.gql(`query($id: ID!) { exportDebate(id: $id) { content } }`, { id: s.debate.id }, s.token)),
  'preview an import': async (s) =>
    outcome(
      await s.api.gql(
        `query($input: PreviewAnnotationImportInput!) { previewAnnotationImport(input: $input) { annotationsToImport } }`,
        { input: { seminarId: s.seminar.id, document: await ownersFile(s) } },
        s.token,
      ),
    ),
  'import annotations': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: ImportAnnotationsInput!) { importAnnotations(input: $input) { id } }`,
        {
          input: {
            seminarId: s.seminar.id,
            document: await ownersFile(s),
            clientId: `matrix-import-${(clientIds += 1)}`,
          },
        },
        s.token,
      ),
    ),
};

/** Anyone who may read exports what they see; importing is annotating (members and above). */
export const interchangeExpected: Record<keyof typeof interchangeOperations, Row> = {
  'export a seminar’s annotations': memberRow('OK', 'OK', 'OK', 'OK'),
  'export a reading’s discussion as Markdown': memberRow('OK', 'OK', 'OK', 'OK'),
  'export a debate as Markdown': memberRow('OK', 'OK', 'OK', 'OK'),
  'preview an import': memberRow('OK', 'OK', 'OK', F),
  'import annotations': memberRow('OK', 'OK', 'OK', F),
};
