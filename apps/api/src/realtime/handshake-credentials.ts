import { SESSION_COOKIE } from '../auth/session-cookie';

/** The parts of a Socket.IO handshake that can carry a session token. */
export interface HandshakeLike {
  headers: Record<string, string | string[] | undefined>;
  auth: Record<string, unknown>;
}

export interface HandshakeCredentials {
  token: string;
  /** The cookie rides along on any request the browser makes, so it needs the same-site check. */
  via: 'auth' | 'bearer' | 'cookie';
}

/**
 * The session token of a handshake, accepted in the same forms as GraphQL accepts it: Socket.IO's
 * `auth: { token }` (browsers cannot set headers on a websocket), `Authorization: Bearer …`, or the
 * `glossa_session` cookie.
 */
export function credentialsFrom(handshake: HandshakeLike): HandshakeCredentials | null {
  const fromAuth = handshake.auth?.token;
  if (typeof fromAuth === 'string' && fromAuth.length > 0 && fromAuth.length <= 4096) {
    return { token: fromAuth, via: 'auth' };
  }
  const authorization = header(handshake, 'authorization');
  if (authorization?.startsWith('Bearer ')) {
    const token = authorization.slice('Bearer '.length).trim();
    if (token) return { token, via: 'bearer' };
  }
  const cookie = cookieValue(header(handshake, 'cookie'), SESSION_COOKIE);
  return cookie ? { token: cookie, via: 'cookie' } : null;
}

/**
 * Whether a cookie-authenticated handshake comes from a page of this site. SameSite=Lax already
 * keeps the cookie off cross-site websockets in current browsers; this refuses the rest
 * (cross-site WebSocket hijacking). Ports are ignored, as "site" ignores them, so the Vite dev
 * server on :4200 proxying to the API on :3000 still works. No Origin (a non-browser client) passes.
 */
export function isSameSite(origin: string | undefined, host: string | undefined): boolean {
  if (origin === undefined) return true;
  if (host === undefined) return false;
  try {
    return new URL(origin).hostname === new URL(`http://${host}`).hostname;
  } catch {
    return false;
  }
}

function header(handshake: HandshakeLike, name: string): string | undefined {
  const value = handshake.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function cookieValue(cookieHeader: string | undefined, name: string): string | null {
  if (!cookieHeader) return null;
  for (const part of cookieHeader.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0 || part.slice(0, separator).trim() !== name) continue;
    const raw = part
      .slice(separator + 1)
      .trim()
      .replace(/^"(.*)"$/, '$1');
    try {
      return decodeURIComponent(raw) || null;
    } catch {
      return null;
    }
  }
  return null;
}
