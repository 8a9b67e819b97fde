import type { CSSProperties } from 'react';
import type { HighlightRange } from './highlight-ranges';

/** At most this many layers are painted; a deeper stack is as dark as it gets. */
const MAX_PAINTED_LAYERS = 3;

/**
 * How a run of text covered by `layers` is painted: one translucent wash per highlight, stacked
 * (so two overlapping highlights read darker than one, and a passage many people marked reads
 * darkest: the density scale in the text itself), and the innermost comment or question
 * underlined in its colour's ink — solid for a comment, dotted for a question.
 */
export function segmentStyle(layers: readonly HighlightRange[]): CSSProperties {
  const painted = layers.filter((l) => !l.deleted && !l.pending).slice(-MAX_PAINTED_LAYERS);
  const washes = painted.map((l) => `linear-gradient(rgb(var(--hl-${l.color}) / var(--hl-alpha)), rgb(var(--hl-${l.color}) / var(--hl-alpha)))`);
  const note = [...layers].reverse().find((l) => !l.deleted && !l.pending && l.motivation !== 'highlighting');
  const style: CSSProperties = {};
  if (washes.length > 0) style.backgroundImage = washes.join(', ');
  if (note?.motivation === 'commenting') style.boxShadow = `inset 0 -2px 0 rgb(var(--hl-${note.color}-ink) / 0.75)`;
  if (note?.motivation === 'questioning') {
    style.textDecorationLine = 'underline';
    style.textDecorationStyle = 'dotted';
    style.textDecorationColor = `rgb(var(--hl-${note.color}-ink))`;
  }
  return style;
}
