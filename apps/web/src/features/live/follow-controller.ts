/**
 * Following the facilitator without fighting the reader: a scroll this client starts itself (to
 * follow) is told apart from one the reader makes by a guard window; any scroll or selection of the
 * reader's own pauses following until they choose "Follow again".
 */
export class FollowController {
  private following = true;
  private ownScrollUntil = 0;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly now: () => number = () => Date.now(),
    /** How long after starting a smooth scroll its scroll events are ours, not the reader's. */
    private readonly guardMs = 1500,
  ) {}

  get isFollowing(): boolean {
    return this.following;
  }

  /** Call before scrolling to follow; answers whether to scroll at all. */
  willScroll(): boolean {
    if (!this.following) return false;
    this.ownScrollUntil = this.now() + this.guardMs;
    return true;
  }

  /** A scroll event happened: unless we started it, the reader scrolled away. */
  scrolled(): void {
    if (this.now() <= this.ownScrollUntil) return;
    this.pause();
  }

  /** The reader selected text or used the wheel, keys or touch to move: pause. */
  pause(): void {
    if (!this.following) return;
    this.following = false;
    this.emit();
  }

  resume(): void {
    if (this.following) return;
    this.following = true;
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}

/**
 * Calls `send` with the latest value at most once per `intervalMs` (the first at once, the last
 * always), so the facilitator's position goes out often enough to follow and never floods.
 */
export function debounced<T>(send: (value: T) => void, intervalMs: number): { push(value: T): void; cancel(): void } {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let latest: { value: T } | null = null;
  let lastSent = -Infinity;
  const flush = () => {
    timer = null;
    if (!latest) return;
    const { value } = latest;
    latest = null;
    lastSent = Date.now();
    send(value);
  };
  return {
    push(value: T) {
      latest = { value };
      if (timer) return;
      const wait = Math.max(0, lastSent + intervalMs - Date.now());
      timer = setTimeout(flush, wait);
    },
    cancel() {
      if (timer) clearTimeout(timer);
      timer = null;
      latest = null;
    },
  };
}
