import { createContext } from 'react';
import type { Role } from '../../gql/graphql';
import type { DebateInfo } from './claim-fields';

/** What every card of a debate page needs to know about the page and the person viewing it. */
export interface DebateView {
  debate: DebateInfo;
  viewerId: string;
  role: Role | null;
  /** Owners and moderators: they see pending and hidden posts and act on them. */
  moderates: boolean;
  /** May add claims, vote and reply now (a member or more, and the debate open). */
  participates: boolean;
  /** The title of a seminar reading, for cited quotes. */
  readingTitle: (readingId: string) => string | null;
  /** Reload the debate (after an action whose answer does not carry the change). */
  refresh: () => void;
  /** Open the claim's own pros and cons. */
  drillInto: (claimId: string) => void;
  /** Slow mode: seconds left before this person may post another claim (0: now). */
  slowModeWait: number;
  startSlowModeWait: (seconds: number) => void;
}

export const DebateViewContext = createContext<DebateView | null>(null);
