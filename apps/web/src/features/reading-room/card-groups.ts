/**
 * Where passages crowd together (a seminar's favourite paragraph), the cards cannot all stand
 * beside their words: Google Docs pushes them ever further down until they no longer match the
 * text. Glossa folds them instead: a card that would be pushed more than `tolerance` below its
 * passage, and whose passage starts within `foldSpan` of the group's first one, joins that group,
 * shown as "N more on these lines" under its first card until opened. Cards stay in text order.
 */
export interface CardEntry {
  id: string;
  /** Where its passage starts (sidebar coordinates), or null when it is not drawn. */
  anchor: number | null;
}

export interface CardGroup {
  /** The first card, which the group is aligned with. */
  lead: string;
  /** All its cards in text order, the lead first. */
  ids: string[];
  /** Shown in full (it holds the open card, or the reader opened it). */
  expanded: boolean;
}

export interface GroupingOptions {
  /** The height of each card as last measured; unmeasured cards count as `defaultHeight`. */
  heights: ReadonlyMap<string, number>;
  defaultHeight: number;
  /** Height of the "N more" row under a folded group. */
  moreRow: number;
  gap: number;
  tolerance: number;
  foldSpan: number;
  /** Cards whose group is shown in full; `never` cards are never folded (the draft). */
  expanded: ReadonlySet<string>;
  never?: ReadonlySet<string>;
}

export function groupCards(entries: readonly CardEntry[], options: GroupingOptions): CardGroup[] {
  const { heights, defaultHeight, moreRow, gap, tolerance, foldSpan, expanded, never } = options;
  const height = (id: string) => heights.get(id) ?? defaultHeight;
  const groups: Array<CardGroup & { anchor: number; folded: boolean }> = [];
  let bottom = 0;
  for (const { id, anchor } of entries) {
    const last = groups[groups.length - 1];
    const wanted = anchor ?? bottom;
    const pushed = Math.max(wanted, bottom) - wanted;
    const fold = last && !never?.has(id) && !never?.has(last.lead) && pushed > tolerance && wanted - last.anchor <= foldSpan;
    if (fold) {
      last.ids.push(id);
      if (expanded.has(id)) last.expanded = true;
      if (last.expanded) bottom += height(id) + gap;
      else if (!last.folded) bottom += moreRow;
      last.folded = true;
      continue;
    }
    const top = Math.max(wanted, bottom);
    groups.push({ lead: id, ids: [id], expanded: expanded.has(id), anchor: wanted, folded: false });
    bottom = top + height(id) + gap;
  }
  // A group opened because of a later card shows all of it; the rest of the layout follows it.
  return groups.map(({ lead, ids }) => ({ lead, ids, expanded: ids.some((id) => expanded.has(id)) }));
}
