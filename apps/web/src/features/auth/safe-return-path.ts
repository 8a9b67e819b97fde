/**
 * The in-app path to return to after signing in, taken from `?next=`. Only same-origin paths are
 * accepted ("/readings/…"), never "//evil.example" or a full URL, so the parameter cannot be used
 * to send someone to another site.
 */
export function safeReturnPath(next: string | null): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return '/';
  return next;
}
