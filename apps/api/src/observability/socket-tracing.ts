import type { Server } from 'socket.io';
import { randomUUID } from 'node:crypto';
import { requestIdFrom, runWithRequestId } from './request-id';

/**
 * Gives the socket handshake the id of its HTTP request (`x-request-id`, or a new one) and every
 * message received on a socket an id of its own, so the log lines a handler writes name the message
 * that caused them. Call it before any other middleware or handler is registered.
 */
export function traceSocketMessages(io: Server): void {
  io.use((socket, next) => runWithRequestId(requestIdFrom(socket.handshake.headers['x-request-id']), next));
  io.on('connection', (socket) => {
    socket.use((_packet, next) => runWithRequestId(`${socket.id}:${randomUUID()}`, next));
  });
}
