import { JobQueue } from '../src/jobs/job-queue';
import type { Cast } from './factories';
import { outcome, TestApp } from './test-app';

/** What the document cells of the permission matrix need of their scene. */
export interface DocumentMatrixScene {
  api: TestApp;
  cast: Cast;
  seminar: { id: string };
  token: string | null;
}

const MARKDOWN = Buffer.from('# A short reading\n\nOne paragraph to read closely.\n');

/** POST /documents/upload as `token`: 'OK' (202) or the error's code. */
async function upload(s: DocumentMatrixScene, token: string | null): Promise<{ code: string; id?: string }> {
  const response = await fetch(`${s.api.url}/documents/upload?seminarId=${s.seminar.id}&filename=short.md`, {
    method: 'POST',
    body: new Uint8Array(MARKDOWN),
    headers: { 'content-type': 'application/octet-stream', ...(token ? { authorization: `Bearer ${token}` } : {}) },
  });
  const body = (await response.json()) as { id?: string; code?: string };
  return response.status === 202 ? { code: 'OK', id: body.id } : { code: body.code ?? `HTTP ${response.status}` };
}

/** The owner's upload, converted. */
async function ownersUpload(s: DocumentMatrixScene): Promise<string> {
  const sent = await upload(s, s.cast.OWNER.token);
  if (!sent.id) throw new Error(`the owner's upload failed: ${sent.code}`);
  await s.api.app.get(JobQueue).drain();
  return sent.id;
}

const SAVE = `mutation($input: SaveUploadedReadingInput!) { saveUploadedReading(input: $input) { readingId } }`;

export const documentOperations: Record<string, (s: DocumentMatrixScene) => Promise<string>> = {
  'upload a document': async (s) => (await upload(s, s.token)).code,
  'see an upload (the owner’s)': async (s) =>
    outcome(await s.api.gql(`query($id: ID!) { documentUpload(id: $id) { status } }`, { id: await ownersUpload(s) }, s.token)),
  'save an uploaded reading (the owner’s upload)': async (s) =>
    outcome(await s.api.gql(SAVE, { input: { uploadId: await ownersUpload(s), title: 'Short' } }, s.token)),
  'download a reading’s original': async (s) => {
    const saved = await s.api.gql<{ saveUploadedReading: { readingId: string } }>(
      SAVE,
      { input: { uploadId: await ownersUpload(s), title: 'Short' } },
      s.cast.OWNER.token,
    );
    const response = await fetch(`${s.api.url}/documents/originals/${saved.data!.saveUploadedReading.readingId}`, {
      headers: s.token ? { authorization: `Bearer ${s.token}` } : {},
    });
    if (response.status === 200) return 'OK';
    return ((await response.json()) as { code: string }).code;
  },
};

const F = 'FORBIDDEN';
const N = 'NOT_FOUND';
const U = 'UNAUTHENTICATED';
type Row = Record<'OWNER' | 'MODERATOR' | 'MEMBER' | 'OBSERVER' | 'NON_MEMBER' | 'SIGNED_OUT', string>;
const R = (owner: string, moderator: string, member: string, observer: string): Row => ({
  OWNER: owner,
  MODERATOR: moderator,
  MEMBER: member,
  OBSERVER: observer,
  NON_MEMBER: N,
  SIGNED_OUT: U,
});

/** Owners and moderators add readings from files; an upload is its uploader's alone; members download. */
export const documentExpected: Record<keyof typeof documentOperations, Row> = {
  'upload a document': R('OK', 'OK', F, F),
  'see an upload (the owner’s)': R('OK', N, N, N),
  'save an uploaded reading (the owner’s upload)': R('OK', N, N, N),
  'download a reading’s original': R('OK', 'OK', 'OK', 'OK'),
};
