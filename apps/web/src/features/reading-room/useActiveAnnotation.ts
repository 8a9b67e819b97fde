import { Dispatch, RefObject, SetStateAction, useCallback, useEffect, useRef, useState } from 'react';
import { revealPassage } from './passage-focus';

export interface ActivateOptions {
  /** Scroll the passage into view (when it is not) and flash it. */
  reveal?: boolean;
  /** Move keyboard focus to the card once it is rendered. */
  focusCard?: boolean;
}

export interface ActiveAnnotation {
  activeId: string | null;
  setActiveId: Dispatch<SetStateAction<string | null>>;
  activate: (id: string, options?: ActivateOptions) => void;
}

/**
 * The open card and the way to it: opening a card from the margin reveals and flashes its passage;
 * opening it from its passage (or creating it) moves focus to the card. The card may only appear a
 * render later (after its passage is measured, or its group unfolds): `layoutVersion` changes then.
 */
export function useActiveAnnotation(textRef: RefObject<HTMLElement | null>, aligned: boolean, layoutVersion: unknown): ActiveAnnotation {
  const [activeId, setActiveId] = useState<string | null>(null);
  const activeRef = useRef<string | null>(null);
  useEffect(() => {
    activeRef.current = activeId;
  }, [activeId]);
  const [focusCard, setFocusCard] = useState<string | null>(null);

  const activate = useCallback(
    (id: string, { reveal = true, focusCard: focus = false }: ActivateOptions = {}) => {
      if (activeRef.current !== id && reveal && textRef.current) revealPassage(textRef.current, id);
      activeRef.current = id;
      setActiveId(id);
      if (focus) setFocusCard(id);
    },
    [textRef],
  );

  useEffect(() => {
    if (!focusCard) return;
    const card = document.querySelector<HTMLElement>(`[data-annotation-card="${CSS.escape(focusCard)}"]`);
    if (!card) return;
    // Beside the text the card is already in view; on a narrow screen it follows the text, so go to it.
    card.focus({ preventScroll: aligned });
    setFocusCard(null);
  }, [focusCard, activeId, aligned, layoutVersion]);

  return { activeId, setActiveId, activate };
}
