import { Fragment, memo } from 'react';
import type { BlockLayer, Segment } from './highlight-layers';
import styles from './HighlightedText.module.css';
import { highlightName } from './highlight-name';
import { segmentStyle } from './segment-style';

export interface HighlightedBlockProps {
  text: string;
  layer: BlockLayer;
  /** The active annotation when it is drawn in this block, else null (so other blocks skip rendering). */
  activeId: string | null;
  /** The pages beginning in this block ("p. 12"), drawn in the margin by CSS, so the text's own characters stay exactly the reading's. */
  pageLabel?: string;
}

/**
 * One block of the reading: its text exactly, cut into runs; a highlighted run is a <mark> naming
 * the annotations over it (`data-ids`) and those it opens or closes (`data-first`/`data-last`,
 * used to measure where each passage sits). The whitespace after the block stays in a hidden span.
 */
export const HighlightedBlock = memo(function HighlightedBlock({ text, layer, activeId, pageLabel }: HighlightedBlockProps) {
  const { block, segments } = layer;
  return (
    <p className={styles.block} data-offset={block.start} data-page={pageLabel}>
      {segments.map((segment) =>
        segment.layers.length === 0 ? (
          <Fragment key={segment.start}>{text.slice(segment.start, segment.end)}</Fragment>
        ) : (
          <Mark key={segment.start} text={text} segment={segment} active={activeId !== null && segment.layers.some((l) => l.id === activeId)} />
        ),
      )}
      {block.end > block.contentEnd && <span className={styles.separator}>{text.slice(block.contentEnd, block.end)}</span>}
    </p>
  );
});

interface MarkProps {
  text: string;
  segment: Segment;
  active: boolean;
}

/** A run re-renders only when it draws differently: a live highlight re-renders the runs it touches. */
const sameMark = (a: MarkProps, b: MarkProps) =>
  a.text === b.text && a.active === b.active && a.segment.signature !== undefined && a.segment.signature === b.segment.signature;

const Mark = memo(function Mark({ text, segment, active }: MarkProps) {
  const pending = segment.layers.some((l) => l.pending);
  const ghost = segment.layers.every((l) => l.deleted);
  const className = [styles.mark, pending && styles.pending, ghost && styles.ghost, segment.layers.length > 1 && styles.stacked].filter(Boolean).join(' ');
  // ARIA forbids naming a mark, so a named run is a group: a screen reader says who and how many,
  // then reads the words themselves (the name does not replace them, as a label would a control's).
  const name = highlightName(segment.layers);
  return (
    <mark
      role={name ? 'group' : undefined}
      aria-label={name ?? undefined}
      className={className}
      style={segmentStyle(segment.layers)}
      data-ids={segment.layers.map((l) => l.id).join(' ')}
      data-first={segment.firstOf.length > 0 ? segment.firstOf.join(' ') : undefined}
      data-last={segment.lastOf.length > 0 ? segment.lastOf.join(' ') : undefined}
      data-active={active || undefined}
    >
      {text.slice(segment.start, segment.end)}
    </mark>
  );
}, sameMark);
