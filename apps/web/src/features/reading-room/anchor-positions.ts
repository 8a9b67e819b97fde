/** Where an annotation's passage is drawn, measured from the top of the reading text, in CSS px. */
export interface AnchorPosition {
  top: number;
  bottom: number;
}

export type AnchorPositions = ReadonlyMap<string, AnchorPosition>;

/**
 * Measures every highlighted passage in one pass over the marks that open or close one (the
 * segments carry `data-first` / `data-last` with the ids they start or end), relative to `origin`.
 */
export function measureAnchors(root: HTMLElement, origin: number): Map<string, AnchorPosition> {
  const positions = new Map<string, AnchorPosition>();
  for (const mark of root.querySelectorAll<HTMLElement>('[data-first]')) {
    const top = mark.getBoundingClientRect().top - origin;
    for (const id of (mark.dataset['first'] ?? '').split(' ')) if (id) positions.set(id, { top, bottom: top });
  }
  for (const mark of root.querySelectorAll<HTMLElement>('[data-last]')) {
    const bottom = mark.getBoundingClientRect().bottom - origin;
    for (const id of (mark.dataset['last'] ?? '').split(' ')) {
      const position = positions.get(id);
      if (position) position.bottom = Math.max(position.top, bottom);
    }
  }
  return positions;
}
