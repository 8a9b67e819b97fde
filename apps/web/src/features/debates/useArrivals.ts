import { useEffect, useRef, useState } from 'react';

/**
 * The ids that appeared after the first render (a claim someone else just posted or a moderator
 * just approved), each for a few seconds, so the page can draw the eye to what arrived live.
 */
export function useArrivals(ids: readonly string[], holdMs = 4000): ReadonlySet<string> {
  const known = useRef<Set<string> | null>(null);
  const [arrived, setArrived] = useState<ReadonlySet<string>>(() => new Set());
  const key = ids.join(',');

  useEffect(() => {
    const current = key ? key.split(',') : [];
    if (known.current === null) {
      known.current = new Set(current);
      return;
    }
    const fresh = current.filter((id) => !known.current?.has(id));
    for (const id of current) known.current.add(id);
    if (fresh.length === 0) return;
    setArrived((prev) => new Set([...prev, ...fresh]));
    const timer = setTimeout(
      () => setArrived((prev) => new Set([...prev].filter((id) => !fresh.includes(id)))),
      holdMs,
    );
    return () => clearTimeout(timer);
  }, [key, holdMs]);

  return arrived;
}
