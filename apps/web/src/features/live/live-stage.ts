import type { LiveSpotlightPayload } from '@glossa/contracts';
import { createContext, useContext, useEffect } from 'react';
import type { ActionResult } from '../../graphql/action-result';

/** What a card can put in the spotlight (a selection is spotlit from the session panel). */
export type SpotlightTarget = { annotationId: string } | { claimId: string };

/**
 * What the joined live session tells the rest of its page. The reading room's annotation cards and
 * the debate's claim cards are not inside the session panel, yet they mark the latest spotlight and,
 * for the facilitator, offer to spotlight themselves.
 */
export interface LiveStage {
  /** The latest spotlight of the running session (null: none, or the session ended). */
  latest: LiveSpotlightPayload | null;
  /** The viewer leads the running session. */
  facilitating: boolean;
  /** Only while the viewer leads a running session on this page: spotlight a card's annotation or claim. */
  spotlight: ((target: SpotlightTarget, note: string) => Promise<ActionResult>) | null;
}

export const NO_LIVE_STAGE: LiveStage = { latest: null, facilitating: false, spotlight: null };

export const LiveStageContext = createContext<LiveStage>(NO_LIVE_STAGE);
export const PublishLiveStageContext = createContext<(stage: LiveStage) => void>(() => undefined);

export function useLiveStage(): LiveStage {
  return useContext(LiveStageContext);
}

/** The session panel publishes its stage while it is mounted; leaving the session clears it. */
export function usePublishLiveStage(stage: LiveStage): void {
  const publish = useContext(PublishLiveStageContext);
  useEffect(() => publish(stage), [publish, stage]);
  useEffect(() => () => publish(NO_LIVE_STAGE), [publish]);
}
