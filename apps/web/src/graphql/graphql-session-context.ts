import { createContext } from 'react';

export interface GraphqlSession {
  /**
   * Drops every cached result and starts a new client, so nothing of one person's data outlives
   * their session (after sign-in, sign-out or an expired session).
   */
  resetSession: () => void;
}

export const GraphqlSessionContext = createContext<GraphqlSession | null>(null);
