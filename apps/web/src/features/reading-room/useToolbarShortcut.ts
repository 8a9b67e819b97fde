import { RefObject, useEffect } from 'react';
import { isToolbarShortcut, toolbarShortcutName } from '../shortcuts/shortcut-settings';
import { useShortcutSettings } from '../shortcuts/useShortcutSettings';

/**
 * The toolbar shortcut (Alt+A unless changed or turned off in the account settings): read the
 * current selection and, when it is in the reading text, ask the toolbar for focus; otherwise say
 * how to use it. Keyboard users select with caret browsing (F7), assistive technology or the room's
 * keyboard selection, then reach the toolbar without the mouse. Returns the shortcut's name, or
 * null while shortcuts are off (for the hint and aria-keyshortcuts).
 */
export function useToolbarShortcut(textRef: RefObject<HTMLElement | null>, readSelection: () => void, focusToolbar: () => void, explain: (message: string) => void): string | null {
  const settings = useShortcutSettings();
  const name = settings.enabled ? toolbarShortcutName(settings) : null;
  useEffect(() => {
    if (!settings.enabled) return;
    const onKey = (event: KeyboardEvent) => {
      if (!isToolbarShortcut(settings, event)) return;
      event.preventDefault();
      readSelection();
      const selection = window.getSelection();
      const text = textRef.current;
      const inText = text && selection && !selection.isCollapsed && selection.rangeCount > 0 && selection.getRangeAt(0).intersectsNode(text);
      if (inText) focusToolbar();
      else explain(`Select words in the text first, then press ${toolbarShortcutName(settings)} to annotate them.`);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [settings, textRef, readSelection, focusToolbar, explain]);
  return name;
}
