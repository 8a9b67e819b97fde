import { JobQueue } from '../src/jobs/job-queue';
import type { Cast } from './factories';
import { F, memberRow, N, Row } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';
import { WebPageServer } from './web-page-server';

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

/**
 * The owner's upload, converted. `drain` works the jobs no worker holds; the app's own poller may
 * hold this one, so wait until the upload says it is no longer converting.
 */
export async function ownersUpload(s: DocumentMatrixScene): Promise<string> {
  const sent = await upload(s, s.cast.OWNER.token);
  if (!sent.id) throw new Error(`the owner's upload failed: ${sent.code}`);
  for (const started = Date.now(); Date.now() - started < 30_000;) {
    await s.api.app.get(JobQueue).drain();
    const seen = await s.api.gql<{ documentUpload: { status: string } }>(
      `query($id: ID!) { documentUpload(id: $id) { status } }`,
      { id: sent.id },
      s.cast.OWNER.token,
    );
    if (seen.data?.documentUpload.status !== 'CONVERTING') return sent.id;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`the owner's upload ${sent.id} was still converting after 30 s`);
}

/**
 * The page `add a reading from a web address` fetches: a real server on 127.0.0.1, started on first
 * use and not keeping the test process alive (the matrix's app allows loopback addresses for it).
 */
let webPages: Promise<WebPageServer> | null = null;
function webPage(): Promise<string> {
  webPages ??= new WebPageServer().start();
  return webPages.then((server) => {
    server.unref();
    return server.url('/article');
  });
}

const SAVE = `mutation($input: SaveUploadedReadingInput!) { saveUploadedReading(input: $input) { readingId } }`;

export const documentOperations: Record<string, (s: DocumentMatrixScene) => Promise<string>> = {
  'upload a document': async (s) => (await upload(s, s.token)).code,
  'add a reading from a web address': async (s) =>
    outcome(
      await s.api.gql(
        `mutation($input: UploadFromUrlInput!) { uploadFromUrl(input: $input) { id } }`,
        { input: { seminarId: s.seminar.id, url: await webPage() } },
        s.token,
      ),
    ),
  'see an upload (the owner’s)': async (s) =>
    outcome(
      await s.api.gql(`query($id: ID!) { documentUpload(id: $id) { status } }`, { id: await ownersUpload(s) }, s.token),
    ),
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

/** Owners and moderators add readings from files; an upload is its uploader's alone; members download. */
export const documentExpected: Record<keyof typeof documentOperations, Row> = {
  'upload a document': memberRow('OK', 'OK', F, F),
  'add a reading from a web address': memberRow('OK', 'OK', F, F),
  'see an upload (the owner’s)': memberRow('OK', N, N, N),
  'save an uploaded reading (the owner’s upload)': memberRow('OK', N, N, N),
  'download a reading’s original': memberRow('OK', 'OK', 'OK', 'OK'),
};
