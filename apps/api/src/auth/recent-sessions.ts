import type { SessionIdentity } from './viewer';

/**
 * Sessions found valid in the last few seconds, so that a burst of requests from one person does not
 * look the session up for each (every request used to: one statement in seven of a create). A
 * session is forgotten when it ends: at once on the instance that signed it out, and on the others
 * when they hear of it (AccessRevocationService, over Redis, the path that also closes its sockets);
 * in any case after `ttlMs`. The oldest entries go first beyond `max`.
 */
export class RecentSessions {
  private readonly entries = new Map<string, { identity: SessionIdentity; until: number }>();

  constructor(
    private readonly ttlMs: number,
    private readonly max = 10_000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Who a session found valid less than `ttlMs` ago (and not expired since). */
  get(sessionId: string, userId: string): SessionIdentity | undefined {
    const entry = this.entries.get(sessionId);
    if (!entry) return undefined;
    if (entry.until <= this.now() || entry.identity.userId !== userId) {
      this.entries.delete(sessionId);
      return undefined;
    }
    return entry.identity;
  }

  /** Remembers a session just found valid, at most until it expires. */
  remember(identity: SessionIdentity, expiresAt: Date): void {
    if (this.ttlMs <= 0) return;
    this.entries.delete(identity.sessionId);
    this.entries.set(identity.sessionId, { identity, until: Math.min(this.now() + this.ttlMs, expiresAt.getTime()) });
    if (this.entries.size > this.max) this.entries.delete(this.entries.keys().next().value as string);
  }

  forget(sessionId: string): void {
    this.entries.delete(sessionId);
  }
}
