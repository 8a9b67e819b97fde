import { Logger } from '@nestjs/common';
import { createAdapter } from '@socket.io/redis-adapter';
import { Server } from 'socket.io';
import { connectRedisPair, RedisPair } from '../src/realtime/redis-pair';
import { faultSuite } from './fault-suite';
import { freePort } from './own-process';
import { OwnRedis } from './own-redis';
import { sleep } from './realtime-sockets';

const suite = faultSuite('publishes in flight when Redis goes away', { postgres: false, redis: true });

// The Socket.IO Redis adapter drops the promise of every publish it sends; one still in flight when
// Redis dies used to reject unhandled, which ends a Node.js process (an API instance died of the very
// outage it is meant to ride out).
suite('publishes in flight when Redis goes away', () => {
  let redis: OwnRedis;
  let pair: RedisPair;
  let io: Server;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);

  beforeAll(async () => {
    redis = await OwnRedis.start();
    pair = await connectRedisPair(redis.url, new Logger('redis-publish-outage'));
    io = new Server(await freePort(), { adapter: createAdapter(pair.pub, pair.sub) });
    process.on('unhandledRejection', onUnhandled);
  }, 30_000);

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await io?.close();
    await pair?.quit();
    await redis?.halt();
  });

  it('leaves no publish rejected unhandled when Redis is killed mid-broadcast, and broadcasts again once it is back', async () => {
    let broadcasts = 0;
    let broadcasting = true;
    const broadcaster = (async () => {
      while (broadcasting) {
        for (let i = 0; i < 50; i++) io.to('reading:outage').emit('event', { n: broadcasts++ });
        await sleep(1);
      }
    })();
    await sleep(300);
    await redis.halt();
    await sleep(1500);
    await redis.resume();
    await sleep(1500);
    broadcasting = false;
    await broadcaster;
    // A rejection is reported on the turn after it happens: give it time to surface.
    await sleep(200);

    expect(broadcasts).toBeGreaterThan(1000);
    expect(unhandled.map(String)).toEqual([]);
    await expect(pair.pub.publish('glossa:outage-check', 'after')).resolves.toBeGreaterThanOrEqual(0);
  }, 30_000);
});
