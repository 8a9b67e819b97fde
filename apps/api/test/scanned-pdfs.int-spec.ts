import { loadConfig } from '../src/config/app-config';
import { JobQueue } from '../src/jobs/job-queue';
import { createSeminar, registerUser, TestUser } from './factories';
import { makeScannedPdf, SCANNED_LINES, TEXT_PAGE_LINE } from './scan-factories';
import { startTestApp, TestApp } from './test-app';

const SAVE = `mutation($input: SaveUploadedReadingInput!) { saveUploadedReading(input: $input) { readingId } }`;
const READING = `query($id: ID!) { reading(id: $id) { currentRevision { text pages { number start end ocr } } } }`;

/** Words of `expected` found in `text`, in order (OCR may misread a letter here and there). */
function wordsInOrder(expected: string, text: string): number {
  const words: string[] = expected.toLowerCase().match(/[a-z]+/g) ?? [];
  const found: string[] = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let at = 0;
  let hits = 0;
  for (const word of words) {
    const i = found.indexOf(word, at);
    if (i >= 0) {
      hits++;
      at = i + 1;
    }
  }
  return hits / words.length;
}

describe('scanned PDF pages', () => {
  let api: TestApp;
  let owner: TestUser;
  let seminar: { id: string };

  beforeAll(async () => {
    api = await startTestApp({ documents: { ...loadConfig({}).documents, runJobs: false } });
    owner = await registerUser(api, 'Convenor');
    seminar = await createSeminar(api, owner);
  });
  afterAll(() => api.close());

  it('recognises a page without a text layer by OCR in the conversion job and marks it', async () => {
    const response = await fetch(`${api.url}/documents/upload?seminarId=${seminar.id}&filename=chapter.pdf`, {
      method: 'POST',
      body: new Uint8Array(await makeScannedPdf()),
      headers: { authorization: `Bearer ${owner.token}`, 'content-type': 'application/octet-stream' },
    });
    expect(response.status).toBe(202);
    const { id } = (await response.json()) as { id: string };
    await api.app.get(JobQueue).drain();
    const saved = await api.gql<{ saveUploadedReading: { readingId: string } }>(
      SAVE,
      { input: { uploadId: id, title: 'Scanned Chapter' } },
      owner.token,
    );
    expect(saved.errors).toBeUndefined();
    const reading = await api.gql<{
      reading: { currentRevision: { text: string; pages: Array<{ number: number; start: number; end: number; ocr: boolean }> } };
    }>(READING, { id: saved.data!.saveUploadedReading.readingId }, owner.token);
    const { text, pages } = reading.data!.reading.currentRevision;
    expect(pages.map((p) => [p.number, p.ocr])).toEqual([
      [1, false],
      [2, true],
    ]);
    expect(text).toContain(TEXT_PAGE_LINE);
    const scanned = [...text].slice(pages[1].start, pages[1].end).join('');
    expect(wordsInOrder(SCANNED_LINES.join(' '), scanned)).toBeGreaterThanOrEqual(0.9);
    expect(scanned).toMatch(/harbour lantern/);
  }, 120_000);
});
