/**
 * Google-Docs-style placement of annotation cards beside their passages: each card wants the
 * height of its passage's first line; cards never overlap, so a card pushes the next ones down.
 * The active card gets its wish exactly and the cards before it move up to make room, as long as
 * they stay below the top; only then do they push it down.
 */
export interface CardBox {
  id: string;
  /** Where its passage starts, in the sidebar's coordinates; null when it has no passage on screen. */
  anchor: number | null;
  height: number;
}

export const CARD_GAP = 10;

export function layoutCards(cards: readonly CardBox[], activeId: string | null, gap = CARD_GAP): Map<string, number> {
  const tops = new Array<number>(cards.length);
  // Cards without a passage (rare: a highlight hidden by a collapsed layout) follow the one before.
  const want = (i: number) => cards[i].anchor ?? (i > 0 ? tops[i - 1] + cards[i - 1].height + gap : 0);
  let bottom = 0;
  cards.forEach((card, i) => {
    tops[i] = Math.max(want(i), bottom);
    bottom = tops[i] + card.height + gap;
  });
  const active = activeId === null ? -1 : cards.findIndex((c) => c.id === activeId);
  const activeAnchor = active >= 0 ? cards[active].anchor : null;
  if (activeAnchor === null) return new Map(cards.map((c, i) => [c.id, tops[i]]));
  // The active card sits at its passage; the cards before it move up only as far as they must.
  tops[active] = activeAnchor;
  for (let i = active - 1; i >= 0; i -= 1) tops[i] = Math.min(tops[i], tops[i + 1] - gap - cards[i].height);
  // None may leave the top: push back down from the first card, then lay out the rest after it.
  bottom = 0;
  for (let i = 0; i < cards.length; i += 1) {
    tops[i] = Math.max(i > active ? want(i) : tops[i], bottom);
    bottom = tops[i] + cards[i].height + gap;
  }
  return new Map(cards.map((c, i) => [c.id, tops[i]]));
}
