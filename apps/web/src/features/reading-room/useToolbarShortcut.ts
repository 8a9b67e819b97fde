import { RefObject, useEffect } from 'react';

/** The keyboard shortcut that opens the toolbar for the words selected (WAI-ARIA: aria-keyshortcuts). */
export const TOOLBAR_SHORTCUT = 'Alt+A';

/**
 * Alt+A: read the current selection and, when it is in the reading text, ask the toolbar for focus;
 * otherwise say how to use it. Keyboard users select with caret browsing (F7) or assistive
 * technology, then reach the toolbar without the mouse.
 */
export function useToolbarShortcut(textRef: RefObject<HTMLElement | null>, readSelection: () => void, focusToolbar: () => void, explain: (message: string) => void): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || event.code !== 'KeyA') return;
      event.preventDefault();
      readSelection();
      const selection = window.getSelection();
      const text = textRef.current;
      const inText = text && selection && !selection.isCollapsed && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(text);
      if (inText) focusToolbar();
      else explain(`Select words in the text first, then press ${TOOLBAR_SHORTCUT} to annotate them.`);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [textRef, readSelection, focusToolbar, explain]);
}
