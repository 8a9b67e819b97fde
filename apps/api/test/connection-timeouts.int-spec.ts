import { Agent, request } from 'node:http';
import { startTestApp, TestApp } from './test-app';

/** Node's own default `keepAliveTimeout`: a server left with it closes idle connections after 5 s. */
const NODE_DEFAULT_KEEP_ALIVE_MS = 5_000;

interface Answer {
  status: number;
  keepAlive: string;
  reusedSocket: boolean;
}

function get(url: string, agent: Agent): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}/health/live`, { agent }, (res) => {
      res.resume();
      res.on('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          keepAlive: String(res.headers['keep-alive']),
          reusedSocket: req.reusedSocket,
        }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('connections under load', () => {
  let api: TestApp;

  beforeAll(async () => {
    api = await startTestApp();
  }, 120_000);

  afterAll(async () => {
    await api.close();
  });

  it('keeps an idle kept-alive connection open longer than a client agent holds it', async () => {
    // As the benchmark's client (and many others): a kept-alive agent with no idle timeout of its
    // own, which reuses its socket whenever the next request comes.
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const first = await get(api.url, agent);
      expect(first).toEqual({ status: 200, keepAlive: 'timeout=65', reusedSocket: false });
      // Idle past Node's default: a server with it would have closed the socket by now, and the
      // request below would have been reset or gone out on a new connection.
      await new Promise((resolve) => setTimeout(resolve, NODE_DEFAULT_KEEP_ALIVE_MS + 1_500));
      const second = await get(api.url, agent);
      expect(second).toEqual({ status: 200, keepAlive: 'timeout=65', reusedSocket: true });
    } finally {
      agent.destroy();
    }
  }, 30_000);

  it('waits for the headers of a request on a kept-alive connection longer than the connection may idle', () => {
    const server = api.app.getHttpServer();
    expect(server.keepAliveTimeout).toBe(65_000);
    expect(server.headersTimeout).toBeGreaterThan(server.keepAliveTimeout);
  });
});
