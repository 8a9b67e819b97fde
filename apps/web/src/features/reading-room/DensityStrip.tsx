import { KeyboardEvent, MouseEvent, useMemo } from 'react';
import { READING_TEXT_ID } from './HighlightedText';
import { densityBins, densityLevel } from './density-bins';
import styles from './MarginRail.module.css';
import type { MeasuredAnchors } from './useAnchorPositions';

const BIN_COUNT = 90;

export interface DensityStripProps {
  anchors: MeasuredAnchors;
  /** The visible part of the text, as fractions of its height. */
  from: number;
  to: number;
  onPick: (fraction: number) => void;
}

/**
 * The whole reading, top to bottom, shaded by how many passages the seminar marked in each slice
 * (a heat strip like an editor's overview ruler), with the visible part outlined. Clicking, or
 * the arrow keys, moves through the reading.
 */
export function DensityStrip({ anchors, from, to, onPick }: DensityStripProps) {
  const bins = useMemo(() => densityBins(anchors.positions.values(), anchors.height, BIN_COUNT), [anchors]);
  const max = Math.max(0, ...bins);

  function handleClick(event: MouseEvent<HTMLDivElement>) {
    const rect = event.currentTarget.getBoundingClientRect();
    onPick((event.clientY - rect.top) / rect.height);
  }

  function handleKey(event: KeyboardEvent<HTMLDivElement>) {
    const step = Math.max(0.02, to - from);
    if (event.key === 'ArrowDown' || event.key === 'PageDown') onPick(Math.min(1, from + step));
    else if (event.key === 'ArrowUp' || event.key === 'PageUp') onPick(Math.max(0, from - step));
    else if (event.key === 'Home') onPick(0);
    else if (event.key === 'End') onPick(1);
    else return;
    event.preventDefault();
  }

  return (
    <div
      className={styles.strip}
      role="scrollbar"
      aria-label="Where the seminar annotated, over the whole reading"
      title="Where the seminar annotated: the whole reading, top to bottom. Darker means more annotations; the frame is what you see."
      aria-orientation="vertical"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={Math.round(from * 100)}
      aria-controls={READING_TEXT_ID}
      tabIndex={0}
      onClick={handleClick}
      onKeyDown={handleKey}
      data-testid="density-strip"
    >
      {bins.map((count, i) =>
        count > 0 ? (
          <span
            key={i}
            className={styles.heat}
            data-level={densityLevel(count, max)}
            style={{ top: `${(i / BIN_COUNT) * 100}%`, height: `${100 / BIN_COUNT}%` }}
          />
        ) : null,
      )}
      <span className={styles.thumb} style={{ top: `${from * 100}%`, height: `${Math.max(1.5, (to - from) * 100)}%` }} />
    </div>
  );
}
