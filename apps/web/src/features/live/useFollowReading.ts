import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { debounced, FollowController } from './follow-controller';
import type { LiveState } from './live-state';
import { blockAt, markSpotlight, prefersReducedMotion, readingRoot, topOffset } from './reading-position';

/** How often the facilitator's position goes out at most. */
export const POSITION_INTERVAL_MS = 400;
const SCROLL_KEYS = new Set(['ArrowUp', 'ArrowDown', 'PageUp', 'PageDown', 'Home', 'End', ' ']);

/**
 * Following in the reading room. The facilitator's position (the block at the top of their view)
 * is sent debounced. A participant's view follows it smoothly until they scroll, press a scroll key,
 * touch or select text themselves; then following pauses until `resume` ("Follow again"). The latest
 * spotlight is marked for everyone and scrolled to for those following.
 */
export function useFollowReading(
  state: LiveState | null,
  facilitating: boolean,
  move: (offset: number) => unknown,
): { following: boolean; resume: () => void } {
  const controller = useMemo(() => new FollowController(), []);
  const following = useSyncExternalStore(
    (notify) => controller.subscribe(notify),
    () => controller.isFollowing,
  );
  const live = state !== null && state.session.endedAt === null;

  // The facilitator: send where they are.
  useEffect(() => {
    if (!live || !facilitating) return;
    let last = -1;
    const sender = debounced((offset: number) => {
      if (offset !== last) {
        last = offset;
        void move(offset);
      }
    }, POSITION_INTERVAL_MS);
    const onScroll = () => {
      const root = readingRoot();
      if (root) sender.push(topOffset(root));
    };
    window.addEventListener('scroll', onScroll, { passive: true });
    return () => {
      window.removeEventListener('scroll', onScroll);
      sender.cancel();
    };
  }, [live, facilitating, move]);

  // A participant: notice their own moves.
  useEffect(() => {
    if (!live || facilitating) return;
    const pause = () => controller.pause();
    const onKey = (event: KeyboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target?.closest('input, textarea, select, button, [contenteditable]')) return;
      if (SCROLL_KEYS.has(event.key)) pause();
    };
    const onSelection = () => {
      const selection = document.getSelection();
      const root = readingRoot();
      if (selection && !selection.isCollapsed && root && selection.anchorNode && root.contains(selection.anchorNode))
        pause();
    };
    const onScroll = () => controller.scrolled();
    window.addEventListener('wheel', pause, { passive: true });
    window.addEventListener('touchmove', pause, { passive: true });
    window.addEventListener('keydown', onKey);
    window.addEventListener('scroll', onScroll, { passive: true });
    document.addEventListener('selectionchange', onSelection);
    return () => {
      window.removeEventListener('wheel', pause);
      window.removeEventListener('touchmove', pause);
      window.removeEventListener('keydown', onKey);
      window.removeEventListener('scroll', onScroll);
      document.removeEventListener('selectionchange', onSelection);
    };
  }, [live, facilitating, controller]);

  const offset = state?.position?.offset ?? null;
  const spotlight = state?.spotlights[state.spotlights.length - 1] ?? null;

  // Follow the position (and come back to it on "Follow again").
  useEffect(() => {
    if (!live || facilitating || offset === null || !following) return;
    const root = readingRoot();
    const block = root ? blockAt(root, offset) : null;
    if (!block || !controller.willScroll()) return;
    block.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [live, facilitating, offset, following, controller]);

  // Mark the latest spotlight.
  useEffect(() => {
    const root = readingRoot();
    if (!root) return;
    markSpotlight(root, live ? (spotlight?.start ?? null) : null, live ? (spotlight?.end ?? null) : null);
  }, [live, spotlight?.start, spotlight?.end]);

  return { following, resume: () => controller.resume() };
}
