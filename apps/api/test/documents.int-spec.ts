import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { JobQueue } from '../src/jobs/job-queue';
import { makeReadingDocx, makeReadingPdf, pageParagraphs } from './document-factories';
import { createSeminar, joinAs, registerUser, TestUser } from './factories';
import { loadConfig } from '../src/config/app-config';
import { startTestApp, TestApp } from './test-app';

const UPLOAD_FIELDS = `id status progress error title author source kind size sha256 saveRequested readingId`;
const STATUS = `query($id: ID!) { documentUpload(id: $id) { ${UPLOAD_FIELDS} } }`;
const SAVE = `mutation($input: SaveUploadedReadingInput!) { saveUploadedReading(input: $input) { ${UPLOAD_FIELDS} } }`;
const READING = `query($id: ID!) { reading(id: $id) { title author source original { filename size sha256 downloadPath }
  currentRevision { text blocks { kind start end level } pages { number label start end ocr } } } }`;

interface Upload {
  id: string;
  status: string;
  error: string | null;
  title: string;
  author: string;
  readingId: string | null;
  sha256: string;
  saveRequested: boolean;
}

describe('readings from documents', () => {
  let api: TestApp;
  let owner: TestUser;
  let member: TestUser;
  let seminar: { id: string; inviteCode: string };
  let db: DataSource;

  beforeAll(async () => {
    // The test works the queue itself (JobQueue.drain), so it decides when conversions happen.
    api = await startTestApp({ documents: { ...loadConfig({}).documents, runJobs: false } });
    db = api.app.get(DataSource);
    owner = await registerUser(api, 'Convenor');
    member = await registerUser(api, 'Member');
    seminar = await createSeminar(api, owner);
    await joinAs(api, seminar, owner, member, 'MEMBER');
  });
  afterAll(() => api.close());

  async function upload(bytes: Buffer, filename: string, token = owner.token) {
    const response = await fetch(
      `${api.url}/documents/upload?seminarId=${seminar.id}&filename=${encodeURIComponent(filename)}`,
      {
        method: 'POST',
        body: new Uint8Array(bytes),
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/octet-stream' },
      },
    );
    return { status: response.status, body: (await response.json()) as Upload & { code?: string; message?: string } };
  }

  /** The upload once the queue has run its jobs. */
  async function converted(id: string): Promise<Upload> {
    await api.app.get(JobQueue).drain();
    const result = await api.gql<{ documentUpload: Upload }>(STATUS, { id }, owner.token);
    return result.data!.documentUpload;
  }

  async function uploadsStored(): Promise<number> {
    const rows: Array<{ n: number }> = await db.query(
      `SELECT count(*)::int AS n FROM document_uploads WHERE seminar_id = $1 AND status <> 'FAILED'`,
      [seminar.id],
    );
    return rows[0].n;
  }

  it('turns an uploaded PDF into a reading with clean text, blocks and labelled pages', async () => {
    const pdf = await makeReadingPdf({ pages: 4, firstLabel: 11 });
    const sent = await upload(pdf, 'slow-reading.pdf');
    expect(sent.status).toBe(202);
    expect(sent.body.sha256).toBe(createHash('sha256').update(pdf).digest('hex'));
    const ready = await converted(sent.body.id);
    expect(ready).toMatchObject({ status: 'CONVERTED', title: 'Reading Slowly', author: 'Ada Example' });

    const saved = await api.gql<{ saveUploadedReading: Upload }>(
      SAVE,
      {
        input: {
          uploadId: sent.body.id,
          title: 'Reading Slowly (ed.)',
          author: 'A. Example',
          source: 'J. Close Reading 3',
        },
      },
      owner.token,
    );
    const readingId = saved.data!.saveUploadedReading.readingId!;
    expect(saved.data!.saveUploadedReading.status).toBe('SAVED');
    const reading = await api.gql<{
      reading: {
        title: string;
        original: { size: number; downloadPath: string };
        currentRevision: {
          text: string;
          blocks: Array<{ kind: string; start: number; end: number }>;
          pages: Array<{ label: string; start: number; end: number }>;
        };
      };
    }>(READING, { id: readingId }, member.token);
    const { text, blocks, pages } = reading.data!.reading.currentRevision;
    expect(reading.data!.reading.title).toBe('Reading Slowly (ed.)');
    for (let p = 1; p <= 4; p++) for (const paragraph of pageParagraphs(p)) expect(text).toContain(paragraph);
    expect(text).not.toMatch(/Journal of Close Reading/);
    expect(text).not.toMatch(/\uFB01|\uFB03|anno-/);
    expect(text).not.toMatch(/^1[1-4]$/m);
    expect(blocks.filter((b) => b.kind === 'FOOTNOTE')).toHaveLength(4);
    expect(blocks[0]).toMatchObject({ kind: 'HEADING', start: 0, end: 'Reading Slowly'.length });
    expect(pages.map((p) => p.label)).toEqual(['11', '12', '13', '14']);
    const third = [...text].slice(pages[2].start, pages[2].end).join('');
    expect(third).toContain(pageParagraphs(3)[0]);
    expect(third).toContain('A note about the bridge.');
  });

  it('lets members download the original with its checksum', async () => {
    const pdf = await makeReadingPdf({ pages: 1 });
    const sent = await upload(pdf, '../../etc/original.pdf');
    await converted(sent.body.id);
    const saved = await api.gql<{ saveUploadedReading: Upload }>(
      SAVE,
      { input: { uploadId: sent.body.id, title: 'Original' } },
      owner.token,
    );
    const response = await fetch(`${api.url}/documents/originals/${saved.data!.saveUploadedReading.readingId}`, {
      headers: { authorization: `Bearer ${member.token}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''original.pdf`);
    const bytes = Buffer.from(await response.arrayBuffer());
    expect(bytes.equals(pdf)).toBe(true);
  });

  it('creates the reading when conversion ends if the title was chosen first', async () => {
    const sent = await upload(await makeReadingDocx(), 'tragedy.docx');
    const early = await api.gql<{ saveUploadedReading: Upload }>(
      SAVE,
      { input: { uploadId: sent.body.id, title: 'On Tragedy' } },
      owner.token,
    );
    expect(early.data!.saveUploadedReading).toMatchObject({ status: 'CONVERTING', readingId: null });
    const done = await converted(sent.body.id);
    expect(done.status).toBe('SAVED');
    const reading = await api.gql<{ reading: { currentRevision: { text: string; blocks: Array<{ kind: string }> } } }>(
      READING,
      { id: done.readingId },
      member.token,
    );
    const kinds = reading.data!.reading.currentRevision.blocks.map((b) => b.kind);
    expect(kinds).toEqual(expect.arrayContaining(['HEADING', 'PARAGRAPH', 'LIST_ITEM', 'FOOTNOTE']));
    expect(reading.data!.reading.currentRevision.text).toContain('Aristotle, Poetics, 1450b.');
  });

  it('refuses a member’s upload and stores nothing', async () => {
    const before = await uploadsStored();
    const sent = await upload(await makeReadingPdf({ pages: 1 }), 'x.pdf', member.token);
    expect(sent).toMatchObject({ status: 403, body: { code: 'FORBIDDEN' } });
    expect(await uploadsStored()).toBe(before);
  });

  it.each([
    [
      'an executable renamed .pdf',
      Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff', 'latin1'), Buffer.alloc(200)]),
      'setup.pdf',
      /a reading can be made from/,
    ],
    ['a damaged PDF', Buffer.from('%PDF-1.7\n1 0 obj <<>> garbage'), 'broken.pdf', /could not be read|damaged/],
    ['an empty file', Buffer.alloc(0), 'empty.txt', /empty/],
    ['binary bytes', Buffer.from([0, 1, 2, 3, 4, 5, 6, 7, 0, 0, 9]), 'data.txt', /a reading can be made from/],
  ])('refuses %s with BAD_USER_INPUT and stores nothing', async (_name, bytes, filename, message) => {
    const before = await uploadsStored();
    const sent = await upload(bytes, filename);
    expect(sent.status).toBe(400);
    expect(sent.body.code).toBe('BAD_USER_INPUT');
    expect(sent.body.message).toMatch(message);
    expect(await uploadsStored()).toBe(before);
  });

  it('refuses a ZIP renamed .docx', async () => {
    const { Packer, Document } = await import('docx');
    const docx = Buffer.from(await Packer.toBuffer(new Document({ sections: [] })));
    // The same ZIP container with Word's main part renamed: a ZIP, not a Word document.
    const zip = Buffer.from(docx.toString('latin1').replaceAll('word/document.xml', 'word/documenx.xml'), 'latin1');
    const sent = await upload(zip, 'essay.docx');
    expect(sent).toMatchObject({ status: 400, body: { code: 'BAD_USER_INPUT' } });
  });

  it('fails the upload of a document without text, saying why, and keeps no bytes', async () => {
    const sent = await upload(Buffer.from('#\n\n#\n'), 'blank.md');
    const failed = await converted(sent.body.id);
    expect(failed.status).toBe('FAILED');
    expect(failed.error).toMatch(/must not be empty/);
    const rows: Array<{ n: number }> = await db.query(
      `SELECT octet_length(content)::int AS n FROM document_uploads WHERE id = $1`,
      [sent.body.id],
    );
    expect(rows[0].n).toBe(0);
    const save = await api.gql(SAVE, { input: { uploadId: sent.body.id, title: 'Blank' } }, owner.token);
    expect(save.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resumes a conversion whose worker died, once its lease runs out', async () => {
    const sent = await upload(Buffer.from('# Resumed\n\nA paragraph that survives a crash.\n'), 'resumed.md');
    // A worker claimed the job and died: it is 'running' with a lease that has run out.
    await db.query(
      `UPDATE jobs SET state = 'running', attempts = 1, locked_until = now() - interval '1 second'
                     WHERE id = (SELECT job_id FROM document_uploads WHERE id = $1)`,
      [sent.body.id],
    );
    const done = await converted(sent.body.id);
    expect(done.status).toBe('CONVERTED');
    const jobs: Array<{ state: string; attempts: number }> = await db.query(
      `SELECT state, attempts FROM jobs WHERE id = (SELECT job_id FROM document_uploads WHERE id = $1)`,
      [sent.body.id],
    );
    expect(jobs[0]).toEqual({ state: 'done', attempts: 2 });
  });
});

// Its own app with a 1 KB limit, started once the first has closed: the embedded database serves
// one connection, so two apps cannot be open on it at once.
describe('readings from documents, with a small upload limit', () => {
  it('refuses a file over the size limit before reading it all', async () => {
    const small = await startTestApp({ documents: { ...loadConfig({}).documents, maxBytes: 1024 } });
    try {
      const user = await registerUser(small, 'Small');
      const own = await createSeminar(small, user);
      const response = await fetch(`${small.url}/documents/upload?seminarId=${own.id}&filename=big.txt`, {
        method: 'POST',
        body: new Uint8Array(4096).fill(97),
        headers: { authorization: `Bearer ${user.token}`, 'content-type': 'application/octet-stream' },
      });
      expect(response.status).toBe(400);
      expect(await response.json()).toMatchObject({
        code: 'BAD_USER_INPUT',
        message: expect.stringMatching(/at most 1 KB/),
      });
    } finally {
      await small.close();
    }
  });
});
