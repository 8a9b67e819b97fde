import { useEffect, useState } from 'react';

/**
 * True from the frame after the one that first painted with `ready` true. The reading room draws
 * its highlights first and its cards a frame later (bench/web: rendering and laying out a busy
 * reading's cards in the same frame kept the highlights from the screen for about a second).
 * React's `useDeferredValue` does not do this: its pass runs before the browser paints.
 */
export function useAfterPaint(ready: boolean): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    if (!ready || painted) return;
    let timer = 0;
    // The frame's callbacks run before it paints; a task queued from one runs after it.
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [ready, painted]);
  return ready && painted;
}
