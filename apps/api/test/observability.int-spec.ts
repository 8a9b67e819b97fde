import { Writable } from 'node:stream';
import { DataSource } from 'typeorm';
import { EventPublisher } from '../src/events/event-publisher';
import { Metrics } from '../src/observability/metrics';
import { currentRequestId } from '../src/observability/request-id';
import { RealtimeServer } from '../src/realtime/realtime-server';
import { annotated } from './annotation-factories';
import { addReading, createSeminar, registerUser, uniqueEmail } from './factories';
import { connected, eventually, Inbox, RawSocket, rawSocket } from './realtime-sockets';
import { startTestApp, TestApp } from './test-app';

/** Every JSON line the app logged, parsed. */
class CapturedLog extends Writable {
  readonly lines: string[] = [];
  private partial = '';

  _write(chunk: Buffer, _encoding: string, done: () => void): void {
    const text = this.partial + chunk.toString('utf8');
    const parts = text.split('\n');
    this.partial = parts.pop() ?? '';
    this.lines.push(...parts.filter(Boolean));
    done();
  }

  records(): Array<Record<string, unknown>> {
    return this.lines.map((line) => JSON.parse(line) as Record<string, unknown>);
  }
}

const PASSWORD = 'Known-Passw0rd-for-the-log-test';
const TEXT = 'Freedom from fear and freedom from want are the two halves of human security.';

async function post(api: TestApp, body: unknown, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${api.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

async function scrape(api: TestApp): Promise<string> {
  const response = await fetch(`${api.url}/metrics`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/plain');
  return response.text();
}

/** The value of one sample line of the exposition text (`name{labels} value`). */
function sample(text: string, series: string): number | null {
  const line = text.split('\n').find((l) => l.startsWith(`${series} `));
  return line ? Number(line.slice(series.length + 1)) : null;
}

describe('logs, request ids and metrics', () => {
  let api: TestApp;
  const log = new CapturedLog();
  const sockets: RawSocket[] = [];

  beforeAll(async () => {
    api = await startTestApp({}, { logger: ['log', 'warn', 'error'], logDestination: log });
  });

  afterAll(async () => {
    for (const socket of sockets) socket.disconnect();
    await api.close();
  });

  it('writes no password or session token in any log line', async () => {
    const email = uniqueEmail('logged');
    const registered = await api.gql<{ register: { token: string } }>(
      `mutation($input: RegisterInput!) { register(input: $input) { token } }`,
      { input: { email, displayName: 'Logged Reader', password: PASSWORD } },
    );
    const signedIn = await api.gql<{ signIn: { token: string } }>(
      `mutation($input: SignInInput!) { signIn(input: $input) { token } }`,
      { input: { email, password: PASSWORD } },
    );
    const token = signedIn.data!.signIn.token;
    // A wrong password, a cookie and a Bearer header, and variables in a GET query string.
    await api.gql(`mutation($input: SignInInput!) { signIn(input: $input) { token } }`, {
      input: { email, password: `${PASSWORD}-wrong` },
    });
    await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        cookie: `glossa_session=${token}`,
        authorization: `Bearer ${token}`,
      },
      body: JSON.stringify({ query: '{ me { id } }' }),
    });
    await fetch(
      `${api.url}/graphql?query=${encodeURIComponent(`{ me { id } }`)}&variables=${encodeURIComponent(JSON.stringify({ password: PASSWORD }))}`,
      {
        headers: { 'apollo-require-preflight': 'true' },
      },
    );
    await eventually(
      () => log.records().filter((r) => (r.req as { path?: string })?.path === '/graphql').length >= 5,
      'five request log lines',
    );

    const all = log.lines.join('\n');
    expect(all).not.toContain(PASSWORD);
    expect(all).not.toContain(registered.data!.register.token);
    expect(all).not.toContain(token);
    expect(all).not.toContain(token.split('.')[2]);
  });

  it('logs each request as one JSON line with its request id, method, path and status', async () => {
    const response = await post(api, { query: '{ __typename }' }, { 'x-request-id': 'edge-4f2a.77' });
    expect(response.headers.get('x-request-id')).toBe('edge-4f2a.77');
    await eventually(() => log.records().some((r) => r.requestId === 'edge-4f2a.77'), 'the request line');
    const line = log.records().find((r) => r.requestId === 'edge-4f2a.77')!;
    expect(line).toMatchObject({
      level: 30,
      req: { id: 'edge-4f2a.77', method: 'POST', path: '/graphql' },
      res: { statusCode: 200 },
    });
    expect(typeof line.responseTime).toBe('number');
  });

  it('replaces a malformed x-request-id with a new one and echoes it', async () => {
    const response = await post(api, { query: '{ __typename }' }, { 'x-request-id': 'two words<script>' });
    const id = response.headers.get('x-request-id');
    expect(id).toMatch(/^[0-9a-f-]{36}$/);
    const fresh = await post(api, { query: '{ __typename }' });
    expect(fresh.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
    expect(fresh.headers.get('x-request-id')).not.toBe(id);
  });

  it('carries the request id through a GraphQL mutation to the delivery of its events', async () => {
    const seen: Array<string | undefined> = [];
    const stop = api.app.get(EventPublisher).subscribe(() => seen.push(currentRequestId()));
    try {
      const owner = await registerUser(api, 'Traced Owner');
      const seminar = await createSeminar(api, owner);
      const added = await post(
        api,
        {
          query: `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
          variables: { input: { seminarId: seminar.id, title: 'Traced', text: TEXT } },
        },
        { authorization: `Bearer ${owner.token}`, 'x-request-id': 'add-reading-1' },
      );
      expect(added.status).toBe(200);
      await eventually(
        () => seen.includes('add-reading-1'),
        `an event published under the request id (${JSON.stringify(seen)})`,
      );
    } finally {
      stop();
    }
  });

  it('gives each socket message a request id of its own', async () => {
    const user = await registerUser(api, 'Socket Reader');
    const seen: Array<string | undefined> = [];
    api.app.get(RealtimeServer).io.on('connection', (socket) => {
      socket.on('subscribe', () => seen.push(currentRequestId()));
    });
    const socket = rawSocket(api.url, { auth: { token: user.token } });
    sockets.push(socket);
    await connected(socket);
    socket.emit('subscribe', { room: `user:${user.id}` });
    socket.emit('subscribe', { room: `user:${user.id}` });
    await eventually(() => seen.length === 2, 'two subscribe messages handled');
    expect(seen[0]).toMatch(new RegExp(`^${socket.id!.replace(/[^\w]/g, '.')}:`));
    expect(seen[1]).not.toBe(seen[0]);
  });

  it('counts GraphQL operations by name and errors by code at /metrics', async () => {
    await post(api, { query: 'query ReadingList { __typename }', operationName: 'ReadingList' });
    await post(api, { query: 'query ReadingList { __typename }', operationName: 'ReadingList' });
    await post(api, { query: '{ nosuchfield }' });
    await post(api, { query: 'query Mine { me { id } }' });
    const text = await scrape(api);
    expect(sample(text, 'glossa_graphql_operation_duration_seconds_count{type="query",operation="ReadingList"}')).toBe(
      2,
    );
    expect(sample(text, 'glossa_graphql_errors_total{code="BAD_USER_INPUT"}')).toBeGreaterThanOrEqual(1);
    const http = text.split('\n').filter((l) => l.startsWith('glossa_http_request_duration_seconds_count'));
    expect(http).toContainEqual(
      expect.stringMatching(
        /^glossa_http_request_duration_seconds_count\{method="POST",route="\/graphql",status="200"\} \d+$/,
      ),
    );
  });

  it('reports the database pool, sockets, rooms, commit-to-emit lag and replayed events', async () => {
    const owner = await registerUser(api, 'Measured Owner');
    const seminar = await createSeminar(api, owner);
    const reading = await addReading(api, seminar.id, owner, TEXT);
    await annotated(api, owner, { id: reading.id, text: TEXT }, 'freedom from want');
    const socket = rawSocket(api.url, { auth: { token: owner.token } });
    sockets.push(socket);
    const inbox = new Inbox(socket);
    await connected(socket);
    const before = sample(await scrape(api), 'glossa_realtime_replayed_events_total') ?? 0;
    socket.emit('subscribe', { room: `reading:${reading.id}`, since: 0 });
    await inbox.next('synced', (p: { room: string }) => p.room === `reading:${reading.id}`);

    const text = await scrape(api);
    expect(sample(text, 'glossa_realtime_replayed_events_total')).toBeGreaterThan(before);
    expect(sample(text, 'glossa_realtime_connected_sockets')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'glossa_realtime_rooms')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'glossa_event_commit_to_emit_seconds_count')).toBeGreaterThanOrEqual(2);
    expect(sample(text, 'glossa_db_pool_connections')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'glossa_db_pool_waiting_queries')).toBe(0);
  });

  it('reports the depth of a registered job queue', async () => {
    let waiting = 3;
    api.app.get(Metrics).registerQueueDepth('mentions', () => waiting);
    expect(sample(await scrape(api), 'glossa_job_queue_depth{queue="mentions"}')).toBe(3);
    waiting = 0;
    expect(sample(await scrape(api), 'glossa_job_queue_depth{queue="mentions"}')).toBe(0);
  });
});

describe('health', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  });

  afterAll(async () => {
    await api.close();
  });

  it('answers /health/live, /health/ready and /health while the database answers', async () => {
    const live = await fetch(`${api.url}/health/live`);
    expect(live.status).toBe(200);
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({
      status: 'ready',
      database: { status: 'up' },
      redis: { status: 'not configured' },
    });
    const health = await fetch(`${api.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', database: { status: 'up' } });
  });

  it('is live but not ready once the database stops answering', async () => {
    await api.app.get(DataSource).destroy();
    const ready = await fetch(`${api.url}/health/ready`);
    expect(ready.status).toBe(503);
    expect(await ready.json()).toMatchObject({ status: 'not ready', database: { status: 'down' } });
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });
});
