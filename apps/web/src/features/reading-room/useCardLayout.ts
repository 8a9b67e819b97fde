import { RefObject, useEffect, useLayoutEffect, useRef } from 'react';
import type { AnchorPosition } from './anchor-positions';
import { layoutCards } from './card-layout';

export interface CardLayoutInput {
  containerRef: RefObject<HTMLElement | null>;
  textRef: RefObject<HTMLElement | null>;
  /** Slot ids (each slot named after its first card) in text order. */
  order: readonly string[];
  positions: ReadonlyMap<string, AnchorPosition>;
  /** The slot to align exactly with its passage. */
  activeSlot: string | null;
  /** Off on narrow screens, where the cards simply follow one another. */
  enabled: boolean;
  /** Filled with each card's measured height, for grouping the next render. */
  heights: Map<string, number>;
  /** Called when the first cards' heights are measured, so the groups are made again with them. */
  onFirstHeights?: () => void;
}

/**
 * Places the card slots (children with `data-card-slot`) beside their passages, Google-Docs style,
 * by writing their `transform` directly: a card growing (its thread opened) or the active card
 * changing moves the slots without re-rendering any card.
 */
export function useCardLayout({ containerRef, textRef, order, positions, activeSlot, enabled, heights, onFirstHeights }: CardLayoutInput): void {
  const latest = useRef({ order, positions, activeSlot, enabled, onFirstHeights });
  latest.current = { order, positions, activeSlot, enabled, onFirstHeights };
  const run = useRef<() => void>(() => undefined);

  run.current = () => {
    const container = containerRef.current;
    const text = textRef.current;
    if (!container || !text) return;
    const slots = new Map<string, HTMLElement>();
    for (const el of container.querySelectorAll<HTMLElement>(':scope > [data-card-slot]')) slots.set(el.dataset['cardSlot'] ?? '', el);
    const first = heights.size === 0;
    for (const card of container.querySelectorAll<HTMLElement>('[data-annotation-card]')) heights.set(card.dataset['annotationCard'] ?? '', card.offsetHeight);
    // Grouped with guessed heights until now: group again with the real ones at once, not at the
    // next change (where a busy reading's regrouping mounted hundreds of cards under a live annotation).
    if (first && heights.size > 0) latest.current.onFirstHeights?.();
    const { order: ids, positions: anchors, activeSlot: active, enabled: on } = latest.current;
    if (!on) {
      for (const el of slots.values()) el.style.transform = '';
      container.style.minHeight = '';
      return;
    }
    // Passages are measured from the top of the text; the cards live in the sidebar's own box.
    const delta = text.getBoundingClientRect().top - container.getBoundingClientRect().top;
    const boxes = ids
      .filter((id) => slots.has(id))
      .map((id) => {
        const anchor = anchors.get(id);
        return { id, anchor: anchor ? anchor.top + delta : null, height: slots.get(id)?.offsetHeight ?? 0 };
      });
    const tops = layoutCards(boxes, active);
    let bottom = 0;
    for (const box of boxes) {
      const top = tops.get(box.id) ?? 0;
      const el = slots.get(box.id);
      if (el) el.style.transform = `translateY(${Math.round(top)}px)`;
      bottom = Math.max(bottom, top + box.height);
    }
    container.style.minHeight = `${Math.ceil(bottom + 24)}px`;
  };

  useLayoutEffect(() => run.current(), [order, positions, activeSlot, enabled]);

  useEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => run.current());
    };
    // Slots change height when a thread opens, a reply arrives or an editor appears.
    const resizes = new ResizeObserver(schedule);
    const watch = () => {
      resizes.disconnect();
      for (const el of container.querySelectorAll<HTMLElement>(':scope > [data-card-slot]')) resizes.observe(el);
    };
    watch();
    const children = new MutationObserver(() => {
      watch();
      schedule();
    });
    children.observe(container, { childList: true });
    return () => {
      cancelAnimationFrame(frame);
      resizes.disconnect();
      children.disconnect();
    };
  }, [containerRef]);
}
