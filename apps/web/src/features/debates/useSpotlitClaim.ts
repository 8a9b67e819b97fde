import { useEffect, useRef } from 'react';
import { useLiveStage } from '../live/live-stage';
import { prefersReducedMotion } from '../live/reading-position';
import type { Claim } from './claim-fields';
import { ClaimTree, focusShowing } from './claim-tree';

/**
 * A participant's debate view goes to each new claim spotlight of the live session: it drills to
 * where the claim's card is (its parent's answers) and scrolls the card into view, once per
 * spotlight. The facilitator, who chose the claim, stays where they are.
 */
export function useSpotlitClaim(
  tree: ClaimTree<Claim>,
  focusId: string | null,
  showFocus: (claimId: string | null) => void,
): void {
  const { latest, facilitating } = useLiveStage();
  const shown = useRef<string | null>(null);
  useEffect(() => {
    const claimId = latest?.claimId;
    if (!latest || !claimId || facilitating || shown.current === latest.id) return;
    const focus = focusShowing(tree, claimId, focusId);
    // Not in this viewer's tree yet (just posted): the debate's reload brings it, and this runs again.
    if (focus === undefined) return;
    if (focus !== focusId) return showFocus(focus);
    shown.current = latest.id;
    document
      .querySelector(`[data-claim-id="${CSS.escape(claimId)}"]`)
      ?.scrollIntoView({ block: 'center', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [latest, facilitating, tree, focusId, showFocus]);
}
