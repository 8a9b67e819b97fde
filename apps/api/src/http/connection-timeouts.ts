import type { Server } from 'node:http';

/**
 * Keeps an idle kept-alive connection open longer than clients and proxies keep theirs (Node's
 * agent, undici and nginx idle out after 4–60 s), so the server is never the side that closes it.
 * When a server closes an idle connection just as a client sends on it, the client gets ECONNRESET
 * ("socket hang up") for a request that may or may not have run; Node's default of 5 s made that a
 * regular failure under load (docs/operations.md, "Connections"). `headersTimeout` must exceed
 * `keepAliveTimeout`, or a slow request's headers on a kept-alive connection race the same close.
 */
export function setConnectionTimeouts(server: Server, keepAliveSeconds: number): void {
  server.keepAliveTimeout = keepAliveSeconds * 1000;
  server.headersTimeout = (keepAliveSeconds + 5) * 1000;
}
