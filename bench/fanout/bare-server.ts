/**
 * The baseline: a bare Socket.IO server (no authentication, no database, in-memory adapter) that
 * speaks just enough of Glossa's protocol for RealtimeClient — `subscribe` joins the room and
 * answers `synced` — and emits whatever envelope it is POSTed with a raw `io.to(room).emit`, then
 * answers the request: the same request → emit → response path as a GraphQL mutation.
 */
import { SOCKET_PATH } from '@glossa/contracts';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Server } from 'socket.io';
import type { MemoryReport, MemoryRequest } from './protocol';

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

const io = new Server(http, { path: SOCKET_PATH, serveClient: false });
io.on('connection', (socket) => {
  socket.on('subscribe', (message: { room: string }) => {
    void socket.join(message.room);
    socket.emit('synced', { room: message.room, seq: 0 });
  });
});

process.on('message', (message: MemoryRequest) => {
  if (message?.type !== 'memory') return;
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed, external } = process.memoryUsage();
  process.send?.({ type: 'memory', rss, heap: heapUsed + external } satisfies MemoryReport);
});

http.listen(0, '127.0.0.1', () => {
  process.stdout.write(`BARE_READY ${(http.address() as AddressInfo).port}\n`);
});
