import type { TypingMessage } from '@glossa/contracts';

export interface Typist {
  userId: string;
  displayName: string;
}

const NOBODY: readonly Typist[] = Object.freeze([]);

/**
 * Who is typing in which thread, as the rooms relay it: each person listed from their first signal
 * until `showForMs` after their last (the server relays at most one signal per person and thread
 * every 1.5 s while they type), as Google Docs and chat apps show "… is typing".
 */
export class TypingBoard {
  private readonly byThread = new Map<string, Map<string, { displayName: string; until: number }>>();
  private readonly lists = new Map<string, readonly Typist[]>();
  private readonly listeners = new Set<() => void>();
  private timer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    private readonly showForMs = 4000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  /** Records a relayed signal. */
  heard(message: TypingMessage): void {
    const key = threadKey(message.room, message.threadId);
    const people = this.byThread.get(key) ?? new Map<string, { displayName: string; until: number }>();
    const known = people.has(message.userId);
    people.set(message.userId, { displayName: message.displayName, until: this.now() + this.showForMs });
    this.byThread.set(key, people);
    if (!known) this.changed(key);
    this.scheduleExpiry();
  }

  /** Who is typing in a thread, the viewer left out; the same array while nothing changes. */
  typists(room: string, threadId: string, viewerId: string | null): readonly Typist[] {
    const key = threadKey(room, threadId);
    let list = this.lists.get(key);
    if (!list) {
      const people = [...(this.byThread.get(key) ?? [])]
        .filter(([userId]) => userId !== viewerId)
        .map(([userId, { displayName }]) => ({ userId, displayName }));
      list = people.length === 0 ? NOBODY : people;
      this.lists.set(key, list);
    }
    return list;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private changed(key: string): void {
    this.lists.delete(key);
    for (const listener of this.listeners) listener();
  }

  /** Drops the people whose last signal is older than `showForMs`, then waits for the next one. */
  private scheduleExpiry(): void {
    if (this.timer !== null) return;
    let next = Infinity;
    for (const people of this.byThread.values()) for (const { until } of people.values()) next = Math.min(next, until);
    if (next === Infinity) return;
    this.timer = setTimeout(
      () => {
        this.timer = null;
        const now = this.now();
        for (const [key, people] of this.byThread) {
          let dropped = false;
          for (const [userId, { until }] of people) {
            if (until > now) continue;
            people.delete(userId);
            dropped = true;
          }
          if (people.size === 0) this.byThread.delete(key);
          if (dropped) this.changed(key);
        }
        this.scheduleExpiry();
      },
      Math.max(0, next - this.now()),
    );
  }
}

function threadKey(room: string, threadId: string): string {
  return `${room}|${threadId}`;
}

/** "Ama is typing…", "Ama and Ben are typing…", "3 people are typing…". */
export function typingLabel(typists: readonly Typist[]): string | null {
  if (typists.length === 0) return null;
  if (typists.length === 1) return `${typists[0].displayName} is typing…`;
  if (typists.length === 2) return `${typists[0].displayName} and ${typists[1].displayName} are typing…`;
  return `${typists.length} people are typing…`;
}
