/**
 * The scale baseline: a bare Socket.IO server (no authentication, no database) with the same
 * @socket.io/redis-adapter the API uses, so two of them share rooms through Redis as two Glossa
 * instances do. It speaks just enough of Glossa's protocol for RealtimeClient (`subscribe` joins and
 * answers `synced`) and emits a POSTed envelope with a raw `io.to(room).emit`, then answers: the
 * request → emit → response path of a mutation. Its adapter key (BARE_ADAPTER_KEY) keeps its
 * messages apart from any Glossa instance on the same Redis.
 */
import { SOCKET_PATH } from '@glossa/contracts';
import { createAdapter } from '@socket.io/redis-adapter';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createClient } from 'redis';
import { Server } from 'socket.io';

async function main(): Promise<void> {
  const pub = createClient({ url: process.env.REDIS_URL });
  const sub = pub.duplicate();
  await Promise.all([pub.connect(), sub.connect()]);
  const http = createServer((req, res) => {
    if (req.method !== 'POST' || req.url !== '/emit') {
      res.writeHead(404).end();
      return;
    }
    let body = '';
    req.on('data', (chunk: Buffer) => (body += chunk.toString()));
    req.on('end', () => {
      const envelope = JSON.parse(body) as { room: string };
      io.to(envelope.room).emit('event', envelope);
      res.writeHead(204).end();
    });
  });
  const io = new Server(http, {
    path: SOCKET_PATH,
    serveClient: false,
    adapter: createAdapter(pub, sub, { key: process.env.BARE_ADAPTER_KEY ?? 'glossa-bench-bare' }),
  });
  io.on('connection', (socket) => {
    socket.on('subscribe', (message: { room: string }) => {
      void socket.join(message.room);
      socket.emit('synced', { room: message.room, seq: 0 });
    });
  });
  http.listen(0, '127.0.0.1', () => {
    process.stdout.write(`BARE_READY ${(http.address() as AddressInfo).port}\n`);
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
