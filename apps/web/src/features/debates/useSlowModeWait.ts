import { useCallback, useEffect, useState } from 'react';

/**
 * Seconds left before this person may post another claim in slow mode, ticking down once a second.
 * Kept as a deadline, so a backgrounded tab that skips ticks still shows the right time.
 */
export function useSlowModeWait(): { wait: number; start: (seconds: number) => void } {
  const [deadline, setDeadline] = useState<number | null>(null);
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (deadline === null) return;
    const timer = setInterval(() => {
      const t = Date.now();
      setNow(t);
      if (t >= deadline) setDeadline(null);
    }, 1000);
    return () => clearInterval(timer);
  }, [deadline]);
  const start = useCallback((seconds: number) => {
    const t = Date.now();
    setNow(t);
    setDeadline(t + seconds * 1000);
  }, []);
  return { wait: deadline === null ? 0 : Math.max(0, Math.ceil((deadline - now) / 1000)), start };
}
