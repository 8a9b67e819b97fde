import { createServer, IncomingMessage, Server, ServerResponse } from 'node:http';
import { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

/** The article `/article` serves, as a reader should get it (Readability drops the page's chrome). */
export const ARTICLE = {
  title: 'The Slow Art of Reading',
  author: 'Ada Example',
  paragraphs: [
    'Reading slowly is a discipline that seminars have practised for centuries, one passage at a time.',
    'A careful reader returns to the difficult sentence and asks what each of its words is doing there.',
    'Annotation makes that attention visible to others, so that a seminar can think about the text together.',
  ],
};

/** A news site's page around `ARTICLE`: navigation, an aside and a footer that are not the article. */
export function articlePage(): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>${ARTICLE.title} | The Review</title><meta name="author" content="${ARTICLE.author}">
<meta property="og:site_name" content="The Review"></head><body>
<nav><a href="/">Home</a> <a href="/subscribe">Subscribe to our newsletter</a></nav>
<article><h1>${ARTICLE.title}</h1><p class="byline">By ${ARTICLE.author}</p>
${ARTICLE.paragraphs.map((p) => `<p>${p}</p>`).join('\n')}
</article>
<aside>Most read: ten gadgets you need this winter.</aside>
<footer>© The Review. All rights reserved.</footer></body></html>`;
}

type Route = (req: IncomingMessage, res: ServerResponse, server: WebPageServer) => void;

/**
 * A real HTTP server on 127.0.0.1 for the URL path of readings: pages, documents, and servers that
 * misbehave (slow, endless redirects, binaries, oversized bodies). Counts the requests it gets, so a
 * test can tell that a refused address was never asked.
 */
export class WebPageServer {
  requests = 0;
  private readonly routes = new Map<string, Route>();
  private server: Server | null = null;
  private base = '';

  constructor(routes: Record<string, Route> = {}) {
    for (const [path, route] of Object.entries({ ...standardRoutes(), ...routes })) this.routes.set(path, route);
  }

  /** `path` on this server, e.g. `url('/article')`. */
  url(path: string, host = '127.0.0.1'): string {
    return this.base.replace('127.0.0.1', host) + path;
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => {
      this.requests++;
      const path = (req.url ?? '/').split('?')[0];
      const route = this.routes.get(path);
      if (route) route(req, res, this);
      else res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  /** Lets the test process end while the server still listens (a server shared by a whole file). */
  unref(): void {
    this.server?.unref();
  }

  async close(): Promise<void> {
    if (!this.server) return;
    this.server.closeAllConnections();
    await new Promise((resolve) => this.server!.close(resolve));
  }
}

function html(res: ServerResponse, body: string | Buffer, headers: Record<string, string> = {}): void {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...headers }).end(body);
}

function standardRoutes(): Record<string, Route> {
  return {
    '/article': (_req, res) => html(res, articlePage()),
    '/article-gzip': (_req, res) => html(res, gzipSync(articlePage()), { 'content-encoding': 'gzip' }),
    '/article-latin1': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=windows-1252' })
        .end(Buffer.from(articlePage().replace('Reading slowly', 'Café reading slowly'), 'latin1')),
    '/moved': (_req, res) => res.writeHead(301, { location: '/article' }).end(),
    '/loop': (_req, res) => res.writeHead(302, { location: '/loop' }).end(),
    // An open redirect: wherever `to` says (how a public page could point the server inwards).
    '/to': (req, res) =>
      res.writeHead(302, { location: new URL(req.url ?? '', 'http://x').searchParams.get('to') ?? '/' }).end(),
    '/slow': () => undefined, // never answers
    '/stalls': (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.write('<!doctype html><html><body><p>The first words arrive, and then nothing more');
    },
    '/binary': (_req, res) =>
      res
        .writeHead(200, { 'content-type': 'application/octet-stream' })
        .end(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 3, 0, 0x3e, 0, 1, 0, 0, 0])),
    '/image': (_req, res) =>
      res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')),
    '/data.json': (_req, res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"title":"x"}'),
    '/empty': (_req, res) => html(res, ''),
    '/gone': (_req, res) => res.writeHead(404, { 'content-type': 'text/html' }).end('<p>Not here</p>'),
  };
}

/** A body of `size` bytes of HTML, sent in chunks without a declared length (or with one). */
export function largePage(size: number, declareLength: boolean): Route {
  return (_req, res) => {
    const chunk = Buffer.from(`<p>${'word '.repeat(2000)}</p>\n`);
    res.writeHead(200, {
      'content-type': 'text/html',
      ...(declareLength ? { 'content-length': String(size) } : {}),
    });
    let sent = 0;
    const more = () => {
      while (sent < size) {
        const part = chunk.subarray(0, Math.min(chunk.length, size - sent));
        sent += part.length;
        if (!res.write(part)) return void res.once('drain', more);
      }
      res.end();
    };
    res.write('<!doctype html><html><body>');
    more();
  };
}
