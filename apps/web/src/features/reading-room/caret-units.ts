/**
 * Keyboard selection in the reading text (docs/accessibility.md, Selecting without a mouse): the
 * words and sentences of the text as spans of UTF-16 offsets (as the DOM counts), and how one key
 * press moves or extends a selection over them.
 */
export interface Span {
  start: number;
  end: number;
}

/** A selection as the keyboard makes it: where it started (anchor) and where it ends (focus). */
export interface CaretSelection {
  anchor: number;
  focus: number;
}

export function wordSpans(text: string): Span[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'word' });
  return [...segmenter.segment(text)].filter((s) => s.isWordLike).map((s) => ({ start: s.index, end: s.index + s.segment.length }));
}

/** Sentences without their trailing spaces and line breaks, so a selection ends on the full stop. */
export function sentenceSpans(text: string): Span[] {
  const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });
  return [...segmenter.segment(text)]
    .map((s) => ({ start: s.index + (s.segment.length - s.segment.trimStart().length), end: s.index + s.segment.trimEnd().length }))
    .filter((s) => s.end > s.start);
}

/**
 * One step over `units`. Without `extend` the next (or previous) whole unit becomes the selection;
 * with it the focus moves to the next unit's end (or the previous unit's start) and the anchor stays.
 * At either end of the text the selection stays as it is.
 */
function lastWhere(units: readonly Span[], test: (unit: Span) => boolean): Span | undefined {
  for (let i = units.length - 1; i >= 0; i -= 1) if (test(units[i])) return units[i];
  return undefined;
}

export function stepSelection(current: CaretSelection, units: readonly Span[], direction: 1 | -1, extend: boolean): CaretSelection {
  const low = Math.min(current.anchor, current.focus);
  const high = Math.max(current.anchor, current.focus);
  if (!extend) {
    const unit = direction === 1 ? units.find((u) => u.start >= high) : lastWhere(units, (u) => u.end <= low);
    return unit ? { anchor: unit.start, focus: unit.end } : current;
  }
  // Growing away from the anchor takes whole units; shrinking back towards it ends on a unit's edge.
  const growing = direction === 1 ? current.focus >= current.anchor : current.focus <= current.anchor;
  const focus =
    direction === 1
      ? growing
        ? units.find((u) => u.end > current.focus)?.end
        : units.find((u) => u.start > current.focus)?.start
      : growing
        ? lastWhere(units, (u) => u.start < current.focus)?.start
        : lastWhere(units, (u) => u.end < current.focus)?.end;
  if (focus === undefined) return current;
  return { anchor: current.anchor, focus };
}
