import { useCallback, useEffect, useState } from 'react';

/**
 * Slow-mode deadlines by debate, outside React: the debate view remounts when the debate reloads
 * live, and the countdown must survive that (a page reload forgets it; the API's RATE_LIMITED
 * answer with retryAfterSeconds starts it again).
 */
const deadlines = new Map<string, number>();

/**
 * Seconds left before this person may post another claim in slow mode, ticking down once a second.
 * Kept as a deadline, so a backgrounded tab that skips ticks still shows the right time.
 */
export function useSlowModeWait(debateId: string): { wait: number; start: (seconds: number) => void } {
  const [deadline, setDeadline] = useState<number | null>(() => deadlines.get(debateId) ?? null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline) {
        setDeadline(null);
        deadlines.delete(debateId);
      }
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline, debateId]);
  const start = useCallback(
    (seconds: number) => {
      const t = Date.now();
      setNow(t);
      setDeadline(t + seconds * 1000);
      deadlines.set(debateId, t + seconds * 1000);
    },
    [debateId],
  );
  return { wait: deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000)), start };
}
