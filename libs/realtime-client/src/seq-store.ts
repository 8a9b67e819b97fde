/**
 * Where a client keeps the last `seq` it delivered per room, so that a reload (or a new tab) can
 * resubscribe with `since` and receive only what it missed.
 */
export interface SeqStore {
  get(room: string): number | undefined;
  set(room: string, seq: number): void;
}

/** Kept in memory: survives reconnects, not reloads. */
export function memorySeqStore(): SeqStore {
  const seqs = new Map<string, number>();
  return { get: (room) => seqs.get(room), set: (room, seq) => void seqs.set(room, seq) };
}

/** Kept in Web Storage (e.g. `sessionStorage`), one key per room, under `prefix`. */
export function webStorageSeqStore(storage: Pick<Storage, 'getItem' | 'setItem'>, prefix = 'glossa.seq.'): SeqStore {
  return {
    get(room) {
      const value = Number(storage.getItem(prefix + room));
      return Number.isSafeInteger(value) && value > 0 ? value : undefined;
    },
    set(room, seq) {
      try {
        storage.setItem(prefix + room, String(seq));
      } catch {
        // Storage full or disabled: the in-memory seq still protects this page's session.
      }
    },
  };
}
