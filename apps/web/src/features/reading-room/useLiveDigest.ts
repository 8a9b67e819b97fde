import { useCallback, useEffect, useRef } from 'react';
import { describeLiveChanges, LiveChange } from './live-digest';

/** How long changes are gathered before one announcement says them all. */
const DIGEST_DELAY_MS = 4000;

/**
 * Gathers other members' live changes and, a few seconds after the first, announces them once
 * (the room's polite live region), so a busy seminar does not talk over the reader.
 */
export function useLiveDigest(announce: (message: string) => void): (change: LiveChange) => void {
  const batch = useRef<LiveChange[]>([]);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );
  return useCallback(
    (change: LiveChange) => {
      batch.current.push(change);
      if (timer.current) return;
      timer.current = setTimeout(() => {
        timer.current = null;
        announce(describeLiveChanges(batch.current.splice(0)));
      }, DIGEST_DELAY_MS);
    },
    [announce],
  );
}
