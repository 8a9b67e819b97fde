import { RefObject, useCallback, useEffect, useLayoutEffect, useState } from 'react';
import { AnchorPosition, measureAnchors } from './anchor-positions';

export interface MeasuredAnchors {
  /** Each drawn passage's top and bottom, relative to the top of the reading text. */
  positions: ReadonlyMap<string, AnchorPosition>;
  /** The reading text's height. */
  height: number;
}

const empty: MeasuredAnchors = { positions: new Map(), height: 0 };

/**
 * Measures where every passage is drawn after the highlights change, and again whenever the text
 * reflows (a resize, the reading font arriving). One read pass over the marks that open or close a
 * passage; nothing is measured while scrolling.
 */
export function useAnchorPositions(textRef: RefObject<HTMLElement | null>, layersVersion: unknown): MeasuredAnchors {
  const [measured, setMeasured] = useState<MeasuredAnchors>(empty);

  const measure = useCallback(() => {
    const root = textRef.current;
    if (!root) return;
    const rect = root.getBoundingClientRect();
    setMeasured({ positions: measureAnchors(root, rect.top), height: rect.height });
  }, [textRef]);

  useLayoutEffect(measure, [measure, layersVersion]);

  useEffect(() => {
    const root = textRef.current;
    if (!root) return;
    let frame = 0;
    let lastWidth = root.getBoundingClientRect().width;
    const observer = new ResizeObserver(([entry]) => {
      const width = entry.contentRect.width;
      if (width === lastWidth) return;
      lastWidth = width;
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(measure);
    });
    observer.observe(root);
    void document.fonts?.ready.then(measure);
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
    };
  }, [textRef, measure]);

  return measured;
}
