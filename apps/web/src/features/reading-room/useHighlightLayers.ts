import { useMemo, useRef } from 'react';
import { splitReadingIntoBlocks } from '../readings/reading-blocks';
import { BlockLayer, layerBlocks, reuseUnchanged } from './highlight-layers';
import { compareRanges, HighlightRange } from './highlight-ranges';

/**
 * The reading's blocks with their highlight runs. A block whose runs did not change keeps its
 * BlockLayer object, so its memoized component skips rendering: one new highlight re-renders the
 * one or two blocks it touches, not the 60 blocks of a long reading.
 */
export function useHighlightLayers(text: string, anchored: readonly HighlightRange[], pending: HighlightRange | null): BlockLayer[] {
  const ranges = useMemo(() => (pending ? [...anchored, pending].sort(compareRanges) : anchored), [anchored, pending]);
  const blocks = useMemo(() => splitReadingIntoBlocks(text), [text]);
  const previous = useRef<BlockLayer[]>([]);
  return useMemo(() => {
    const next = reuseUnchanged(previous.current, layerBlocks(blocks, ranges));
    previous.current = next;
    return next;
  }, [blocks, ranges]);
}
