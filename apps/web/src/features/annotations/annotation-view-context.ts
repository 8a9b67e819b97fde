import { createContext, useContext } from 'react';
import type { SeminarMember } from './useSeminarMembers';

/** What every card and thread of a reading room needs to know about who is looking. */
export interface AnnotationView {
  viewerId: string | null;
  /** Members and above may annotate, reply and react; observers read (docs/design.md, Roles). */
  canParticipate: boolean;
  members: readonly SeminarMember[];
  /** Tags already used in this reading. */
  tagSuggestions: readonly string[];
}

export const AnnotationViewContext = createContext<AnnotationView>({ viewerId: null, canParticipate: false, members: [], tagSuggestions: [] });

export function useAnnotationView(): AnnotationView {
  return useContext(AnnotationViewContext);
}
