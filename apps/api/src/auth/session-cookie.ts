import type { CookieOptions, Request, Response } from 'express';

export const SESSION_COOKIE = 'glossa_session';

/**
 * The browser's copy of the session token: httpOnly so scripts cannot read it, SameSite=Lax so other
 * sites cannot send it with their requests (Apollo's CSRF prevention covers the rest).
 */
export function setSessionCookie(res: Response, token: string, maxAgeSeconds: number, secure: boolean): void {
  res.cookie(SESSION_COOKIE, token, cookieOptions(secure, maxAgeSeconds * 1000));
}

export function clearSessionCookie(res: Response, secure: boolean): void {
  res.clearCookie(SESSION_COOKIE, cookieOptions(secure));
}

/** The token from `Authorization: Bearer …` (API clients) or else from the cookie (browsers). */
export function sessionTokenFrom(req: Pick<Request, 'headers'> & { cookies?: Record<string, string> }): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice('Bearer '.length).trim() || null;
  return req.cookies?.[SESSION_COOKIE] ?? null;
}

function cookieOptions(secure: boolean, maxAge?: number): CookieOptions {
  return { httpOnly: true, sameSite: 'lax', secure, path: '/', ...(maxAge === undefined ? {} : { maxAge }) };
}
