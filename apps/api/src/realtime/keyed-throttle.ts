/**
 * Lets one action per key through every `intervalMs` (typing indicators: a burst of keystrokes
 * becomes one announcement). Keys expire lazily, so the map stays as small as the active keys.
 */
export class KeyedThrottle {
  private readonly lastAt = new Map<string, number>();

  constructor(
    private readonly intervalMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  allow(key: string): boolean {
    const now = this.now();
    const last = this.lastAt.get(key);
    if (last !== undefined && now - last < this.intervalMs) return false;
    if (this.lastAt.size > 64) {
      for (const [k, at] of this.lastAt) if (now - at >= this.intervalMs) this.lastAt.delete(k);
    }
    this.lastAt.set(key, now);
    return true;
  }
}
