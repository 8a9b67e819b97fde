import { connect, createServer, Socket } from 'node:net';
import type { AddressInfo } from 'node:net';
import { suiteNeedingRedis, TEST_REDIS_URL } from './scale-out-suite';
import { startTestApp, TestApp } from './test-app';

const suite = suiteNeedingRedis('readiness with Redis', { postgresServer: false });

/** A TCP relay to Redis that can drop every connection and refuse new ones, then let them through again. */
class SwitchableRelay {
  private open = true;
  private readonly sockets = new Set<Socket>();
  private readonly server = createServer((client) => {
    if (!this.open) return client.destroy();
    const redis = new URL(TEST_REDIS_URL);
    const upstream = connect(Number(redis.port || 6379), redis.hostname);
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('close', () => this.sockets.delete(socket));
      socket.on('error', () => undefined);
    }
    client.pipe(upstream).pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });

  async listen(): Promise<string> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const { port } = this.server.address() as AddressInfo;
    return `${new URL(TEST_REDIS_URL).protocol}//127.0.0.1:${port}`;
  }

  cut(): void {
    this.open = false;
    for (const socket of this.sockets) socket.destroy();
  }

  restore(): void {
    this.open = true;
  }

  close(): Promise<void> {
    this.cut();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

suite('readiness with Redis', () => {
  let api: TestApp;
  const relay = new SwitchableRelay();

  beforeAll(async () => {
    api = await startTestApp({ redisUrl: await relay.listen() });
  });

  afterAll(async () => {
    // Redis back first, so the app's own Redis clients can close cleanly.
    relay.restore();
    await new Promise((resolve) => setTimeout(resolve, 2500));
    await api.close();
    await relay.close();
  });

  it('is ready while the database and the configured Redis answer', async () => {
    const ready = await fetch(`${api.url}/health/ready`);
    expect(await ready.json()).toMatchObject({ status: 'ready', database: { status: 'up' }, redis: { status: 'up' } });
    expect(ready.status).toBe(200);
  });

  it('is not ready, but still live, once the configured Redis stops answering', async () => {
    relay.cut();
    const ready = await fetch(`${api.url}/health/ready`);
    expect(await ready.json()).toMatchObject({
      status: 'not ready',
      database: { status: 'up' },
      redis: { status: 'down' },
    });
    expect(ready.status).toBe(503);
    expect((await fetch(`${api.url}/health/live`)).status).toBe(200);
  });
});
