import { memo, MouseEvent, Ref } from 'react';
import type { BlockLayer } from './highlight-layers';
import { HighlightedBlock } from './HighlightedBlock';
import styles from './HighlightedText.module.css';

/** The reading text's element id (the density strip scrolls it). */
export const READING_TEXT_ID = 'reading-text';

export interface HighlightedTextProps {
  text: string;
  layers: readonly BlockLayer[];
  activeId: string | null;
  /** "p. 12" by the start of the block each page of a PDF reading begins in. */
  pageLabels: ReadonlyMap<number, string>;
  textRef: Ref<HTMLDivElement>;
  /** A click on highlighted words (not the end of a selection): the annotations over them, innermost last. */
  onHighlightClick: (ids: string[]) => void;
}

/**
 * The reading's exact text with everyone's highlights layered over it. The concatenated
 * `textContent` equals the text, so offsets count as in the API (after code point conversion).
 * Each block re-renders only when its own highlights change.
 */
export const HighlightedText = memo(function HighlightedText({ text, layers, activeId, pageLabels, textRef, onHighlightClick }: HighlightedTextProps) {
  function handleClick(event: MouseEvent<HTMLDivElement>) {
    const selection = window.getSelection();
    if (selection && !selection.isCollapsed) return;
    const mark = (event.target as Element).closest<HTMLElement>('mark[data-ids]');
    const ids = mark?.dataset['ids']?.split(' ').filter((id) => id && !id.startsWith('__'));
    if (ids && ids.length > 0) onHighlightClick(ids);
  }

  return (
    // Highlights are reached by keyboard through their cards (each card focuses its passage); a click
    // here is the pointer's shortcut to the same thing.
    <div ref={textRef} className={styles.text} id={READING_TEXT_ID} data-reading-text="" data-length={text.length} onClick={handleClick} tabIndex={-1} aria-describedby="reading-hint">
      {layers.map((layer) => (
        <HighlightedBlock
          key={layer.block.start}
          text={text}
          layer={layer}
          activeId={activeId !== null && layer.ids.has(activeId) ? activeId : null}
          pageLabel={pageLabels.get(layer.block.start)}
        />
      ))}
    </div>
  );
});
