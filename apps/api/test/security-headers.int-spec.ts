import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startTestApp, TestApp } from './test-app';

/** The web client as `npm run build` leaves it, served by the API as in production. */
const WEB_DIST = join(__dirname, '../../../dist/apps/web');

/** A fresh clone runs the integration tests before anything is built: build the web client then. */
function ensureWebBuild(): void {
  if (existsSync(join(WEB_DIST, 'index.html'))) return;
  const built = spawnSync('npx', ['nx', 'run', 'web:build', '--outputStyle=static'], {
    cwd: join(__dirname, '../../..'),
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
    stdio: 'inherit',
  });
  if (built.status !== 0) throw new Error('building the web client failed');
}

function directives(csp: string | null): Map<string, string[]> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter(([name]) => name)
      .map(([name, ...values]) => [name, values] as const),
  );
}

async function expectSecurityHeaders(response: Response): Promise<void> {
  const csp = directives(response.headers.get('content-security-policy'));
  expect(csp.get('default-src')).toEqual(["'self'"]);
  expect(csp.get('script-src')).toEqual(["'self'"]);
  expect(csp.get('style-src')).toEqual(["'self'"]);
  expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  expect(csp.get('object-src')).toEqual(["'none'"]);
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
  expect(response.headers.get('x-powered-by')).toBeNull();
}

describe('security headers', () => {
  let api: TestApp;

  beforeAll(async () => {
    ensureWebBuild();
    api = await startTestApp({ webDistDir: WEB_DIST });
  }, 300_000);

  afterAll(async () => {
    await api.close();
  });

  it('serves a web client whose page needs no inline script or style', () => {
    const html = readFileSync(join(WEB_DIST, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc="\/assets\//);
      expect(body.trim()).toBe('');
    }
    expect(html).not.toMatch(/<style\b|\sstyle=|\son[a-z]+=/i);
  });

  it('sends the headers with the web client, GraphQL and health answers', async () => {
    const page = await fetch(`${api.url}/readings/some-reading`, { headers: { accept: 'text/html' } });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<div id="root">');
    await expectSecurityHeaders(page);
    const script = await fetch(
      `${api.url}${/src="(\/assets\/[^"]+\.js)"/.exec(readFileSync(join(WEB_DIST, 'index.html'), 'utf8'))![1]}`,
    );
    expect(script.status).toBe(200);
    await expectSecurityHeaders(script);
    const graphql = await api.gql('{ __typename }');
    expect(graphql.status).toBe(200);
    await expectSecurityHeaders(
      await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }' }),
      }),
    );
    await expectSecurityHeaders(await fetch(`${api.url}/health`));
  });

  it('sends no HSTS over plain HTTP (COOKIE_SECURE unset)', async () => {
    expect((await fetch(`${api.url}/health`)).headers.get('strict-transport-security')).toBeNull();
  });

  it('allows no other site to call the API by default', async () => {
    const preflight = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    const call = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', origin: 'https://elsewhere.example' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(call.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('security headers behind HTTPS with allowed origins', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp({ cookieSecure: true, corsOrigins: ['https://reader.example'] });
  });

  afterAll(async () => {
    await api.close();
  });

  it('sends HSTS when COOKIE_SECURE is true', async () => {
    const response = await fetch(`${api.url}/health`);
    expect(response.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    await expectSecurityHeaders(response);
  });

  it('lets the origins in CORS_ORIGINS call the API with credentials, and no other', async () => {
    const allowed = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin: 'https://reader.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type',
      },
    });
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://reader.example');
    expect(allowed.headers.get('access-control-allow-credentials')).toBe('true');
    const other = await fetch(`${api.url}/graphql`, {
      method: 'OPTIONS',
      headers: { origin: 'https://elsewhere.example', 'access-control-request-method': 'POST' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });
});
