import { DataSource } from 'typeorm';
import { loadConfig } from '../src/config/app-config';
import { JobQueue } from '../src/jobs/job-queue';
import { makeReadingPdf, pageParagraphs } from './document-factories';
import { createSeminar, joinAs, registerUser, TestUser } from './factories';
import { startTestApp } from './test-app';
import { ARTICLE, largePage, WebPageServer } from './web-page-server';

const UPLOAD_FIELDS = `id status error title author source sourceUrl kind readingId`;
const FETCH = `mutation($input: UploadFromUrlInput!) { uploadFromUrl(input: $input) { ${UPLOAD_FIELDS} } }`;
const STATUS = `query($id: ID!) { documentUpload(id: $id) { ${UPLOAD_FIELDS} } }`;
const SAVE = `mutation($input: SaveUploadedReadingInput!) { saveUploadedReading(input: $input) { ${UPLOAD_FIELDS} } }`;
const READING = `query($id: ID!) { reading(id: $id) { title author source original { filename kind }
  currentRevision { text pages { number } } } }`;

interface Upload {
  id: string;
  status: string;
  error: string | null;
  title: string;
  author: string;
  source: string;
  sourceUrl: string | null;
  kind: string;
  readingId: string | null;
}

const MB = 1024 * 1024;

/** The app, a convenor, a member and a seminar; `allowLoopback` decides whether the test server may be fetched. */
async function scene(allowLoopback: boolean) {
  const api = await startTestApp({
    documents: {
      ...loadConfig({}).documents,
      runJobs: false,
      maxBytes: 2 * MB,
      urlTimeoutMs: 1500,
      urlAllowLoopback: allowLoopback,
    },
  });
  const owner = await registerUser(api, 'Convenor');
  const member = await registerUser(api, 'Member');
  const seminar = await createSeminar(api, owner);
  await joinAs(api, seminar, owner, member, 'MEMBER');
  const db = api.app.get(DataSource);
  return {
    api,
    owner,
    member,
    seminar,
    fetchUrl: (url: string, user: TestUser = owner, clientId?: string) =>
      api.gql<{ uploadFromUrl: Upload }>(FETCH, { input: { seminarId: seminar.id, url, clientId } }, user.token),
    stored: async () => {
      const rows: Array<{ n: number }> = await db.query(
        `SELECT count(*)::int AS n FROM document_uploads WHERE seminar_id = $1`,
        [seminar.id],
      );
      return rows[0].n;
    },
  };
}

describe('readings from web addresses', () => {
  let web: WebPageServer;
  let s: Awaited<ReturnType<typeof scene>>;
  let pdf: Buffer;

  beforeAll(async () => {
    pdf = await makeReadingPdf({ pages: 2, firstLabel: 5 });
    web = await new WebPageServer({
      '/paper': (_req, res) => res.writeHead(200, { 'content-type': 'application/pdf' }).end(pdf),
      '/huge': largePage(3 * MB, false),
      '/huge-declared': largePage(3 * MB, true),
    }).start();
    s = await scene(true);
  });
  afterAll(async () => {
    await s?.api.close();
    await web?.close();
  });

  async function converted(id: string): Promise<Upload> {
    await s.api.app.get(JobQueue).drain();
    return (await s.api.gql<{ documentUpload: Upload }>(STATUS, { id }, s.owner.token)).data!.documentUpload;
  }

  it('makes a web page a reading with the article’s title, author and the address as source', async () => {
    const url = web.url('/article');
    const fetched = await s.fetchUrl(url);
    expect(fetched.errors).toBeUndefined();
    expect(fetched.data!.uploadFromUrl).toMatchObject({ status: 'CONVERTING', kind: 'HTML', sourceUrl: url });
    const ready = await converted(fetched.data!.uploadFromUrl.id);
    expect(ready).toMatchObject({ status: 'CONVERTED', author: ARTICLE.author, source: url });
    expect(ready.title).toContain(ARTICLE.title);

    const saved = await s.api.gql<{ saveUploadedReading: Upload }>(
      SAVE,
      { input: { uploadId: ready.id, title: ARTICLE.title, author: ready.author, source: ready.source } },
      s.owner.token,
    );
    const reading = await s.api.gql<{
      reading: {
        title: string;
        author: string;
        source: string;
        original: { kind: string };
        currentRevision: { text: string };
      };
    }>(READING, { id: saved.data!.saveUploadedReading.readingId }, s.member.token);
    const { title, author, source, original, currentRevision } = reading.data!.reading;
    expect({ title, author, source, kind: original.kind }).toEqual({
      title: ARTICLE.title,
      author: ARTICLE.author,
      source: url,
      kind: 'HTML',
    });
    for (const paragraph of ARTICLE.paragraphs) expect(currentRevision.text).toContain(paragraph);
    expect(currentRevision.text).not.toMatch(/newsletter|gadgets|All rights reserved/);
  });

  it('follows a redirect and cites the address it ends at', async () => {
    const fetched = await s.fetchUrl(web.url('/moved'));
    expect(fetched.data!.uploadFromUrl.sourceUrl).toBe(web.url('/article'));
  });

  it('reads a gzip-compressed page and a page in another charset', async () => {
    const gzip = await s.fetchUrl(web.url('/article-gzip'));
    expect(gzip.errors).toBeUndefined();
    const latin = await s.fetchUrl(web.url('/article-latin1'));
    const ready = await converted(latin.data!.uploadFromUrl.id);
    expect(ready.status).toBe('CONVERTED');
    const saved = await s.api.gql<{ saveUploadedReading: Upload }>(
      SAVE,
      { input: { uploadId: ready.id, title: 'Latin' } },
      s.owner.token,
    );
    const reading = await s.api.gql<{ reading: { currentRevision: { text: string } } }>(
      READING,
      { id: saved.data!.saveUploadedReading.readingId },
      s.owner.token,
    );
    expect(reading.data!.reading.currentRevision.text).toContain('Café reading slowly');
  });

  it('makes a PDF at an address a reading with its pages (the bytes decide, not the address)', async () => {
    const fetched = await s.fetchUrl(web.url('/paper'));
    expect(fetched.data!.uploadFromUrl.kind).toBe('PDF');
    const ready = await converted(fetched.data!.uploadFromUrl.id);
    expect(ready).toMatchObject({ status: 'CONVERTED', title: 'Reading Slowly', source: web.url('/paper') });
    const saved = await s.api.gql<{ saveUploadedReading: Upload }>(
      SAVE,
      { input: { uploadId: ready.id, title: ready.title } },
      s.owner.token,
    );
    const reading = await s.api.gql<{ reading: { currentRevision: { text: string; pages: unknown[] } } }>(
      READING,
      { id: saved.data!.saveUploadedReading.readingId },
      s.owner.token,
    );
    expect(reading.data!.reading.currentRevision.pages).toHaveLength(2);
    expect(reading.data!.reading.currentRevision.text).toContain(pageParagraphs(2)[0]);
  });

  it('fetches once for a retried request with the same clientId', async () => {
    const before = web.requests;
    const first = await s.fetchUrl(web.url('/article'), s.owner, 'web-retry-0001');
    const again = await s.fetchUrl(web.url('/article'), s.owner, 'web-retry-0001');
    expect(again.data!.uploadFromUrl.id).toBe(first.data!.uploadFromUrl.id);
    expect(web.requests).toBe(before + 1);
  });

  it('refuses a member and fetches nothing', async () => {
    const before = web.requests;
    const stored = await s.stored();
    const answer = await s.fetchUrl(web.url('/article'), s.member);
    expect(answer.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect(web.requests).toBe(before);
    expect(await s.stored()).toBe(stored);
  });

  const refusals: Array<[string, () => string, RegExp]> = [
    ['a server that does not answer in time', () => web.url('/slow'), /longer than \d+ seconds/],
    ['a server that stops sending part-way', () => web.url('/stalls'), /longer than/],
    ['a binary served as octet-stream', () => web.url('/binary'), /not a web page or a document/],
    ['an image', () => web.url('/image'), /image\/png that is not a web page or a document/],
    ['JSON', () => web.url('/data.json'), /application\/json that is not a web page/],
    ['an empty page', () => web.url('/empty'), /empty page/],
    ['a page that is not there', () => web.url('/gone'), /HTTP 404/],
    ['a redirect loop', () => web.url('/loop'), /redirects more than 5 times/],
    ['a body over the size limit', () => web.url('/huge'), /larger than 2 MB/],
    ['a declared length over the size limit', () => web.url('/huge-declared'), /larger than 2 MB/],
    ['a port where nothing listens', () => 'http://127.0.0.1:1/', /did not answer/],
    ['a host that does not exist', () => 'http://no-such-host.invalid/', /No server called no-such-host.invalid/],
    ['a private address', () => 'http://10.0.0.1/', /10\.0\.0\.1 is a private network address/],
    ['a redirect to a private address', () => web.url('/to?to=http://10.0.0.1/'), /private network address/],
    [
      'a redirect to the cloud metadata address',
      () => web.url('/to?to=http://169.254.169.254/latest/meta-data/'),
      /169\.254\.169\.254 is a link-local address/,
    ],
    [
      'a redirect to an IPv4-mapped private address',
      () => web.url('/to?to=http://[::ffff:10.0.0.1]/'),
      /private network address/,
    ],
    ['a redirect to a unique-local IPv6 address', () => web.url('/to?to=http://[fd00::1]/'), /unique-local/],
    ['a redirect to the unspecified address', () => web.url('/to?to=http://0.0.0.0/'), /unspecified/],
    ['a redirect to another scheme', () => web.url('/to?to=file:///etc/passwd'), /Only http and https/],
  ];

  it.each(refusals)(
    'refuses %s with BAD_USER_INPUT saying what to do, and stores nothing',
    async (_name, url, message) => {
      const stored = await s.stored();
      const answer = await s.fetchUrl(url());
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toMatch(message);
      expect(await s.stored()).toBe(stored);
    },
  );

  it.each(['ftp://example.org/paper.pdf', 'file:///etc/passwd', 'not an address'])(
    'refuses %p as not a web address',
    async (url) => {
      const answer = await s.fetchUrl(url);
      expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(answer.errors?.[0].message).toMatch(/http/);
    },
  );
});

// The default settings: loopback refused. Its own app, once the first has closed (the embedded
// database serves one app at a time).
describe('readings from web addresses, with loopback refused (the default)', () => {
  let web: WebPageServer;
  let s: Awaited<ReturnType<typeof scene>>;

  beforeAll(async () => {
    web = await new WebPageServer().start();
    s = await scene(false);
  });
  afterAll(async () => {
    await s?.api.close();
    await web?.close();
  });

  it('is off unless DOCUMENT_URL_ALLOW_LOOPBACK is true', () => {
    expect(loadConfig({}).documents.urlAllowLoopback).toBe(false);
    expect(loadConfig({ DOCUMENT_URL_ALLOW_LOOPBACK: 'true' }).documents.urlAllowLoopback).toBe(true);
  });

  it.each([
    [
      'a name that resolves to a loopback address',
      () => web.url('/article', 'localhost'),
      /localhost \(127\.0\.0\.1\) is a loopback/,
    ],
    ['127.0.0.1', () => web.url('/article'), /127\.0\.0\.1 is a loopback address/],
    ['[::1]', () => web.url('/article', '[::1]'), /::1 is a loopback address/],
    ['an IPv4-mapped loopback address', () => web.url('/article', '[::ffff:127.0.0.1]'), /loopback/],
  ])('refuses %s without asking it, and stores nothing', async (_name, url, message) => {
    const before = web.requests;
    const answer = await s.fetchUrl(url());
    expect(answer.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(answer.errors?.[0].message).toMatch(message);
    expect(web.requests).toBe(before);
    expect(await s.stored()).toBe(0);
  });
});
