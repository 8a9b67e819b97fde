/**
 * The keyboard shortcuts a person may turn off or change (WCAG 2.1.4, docs/accessibility.md):
 * "/" that moves to the search field and Alt+A that opens the selection toolbar. Kept on this
 * device (localStorage), as the theme is: speech input and switch users set it up per machine.
 */
export interface ShortcutSettings {
  /** Off: no page-wide shortcut answers any key (keys inside a focused control still work). */
  enabled: boolean;
  /** One printable character that moves to the search field. */
  searchKey: string;
  /** The letter pressed with Alt that opens the selection toolbar (A–Z). */
  toolbarLetter: string;
}

export const DEFAULT_SHORTCUTS: ShortcutSettings = { enabled: true, searchKey: '/', toolbarLetter: 'A' };

/** Whether `key` can be a search shortcut: one visible character, not a space. */
export function validSearchKey(key: string): boolean {
  return [...key].length === 1 && key.trim() === key;
}

export function validToolbarLetter(letter: string): boolean {
  return /^[A-Z]$/.test(letter);
}

/** Reads stored settings, keeping the default for anything missing or not valid. */
export function parseShortcuts(stored: string | null): ShortcutSettings {
  if (!stored) return DEFAULT_SHORTCUTS;
  try {
    const value = JSON.parse(stored) as Partial<ShortcutSettings>;
    return {
      enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SHORTCUTS.enabled,
      searchKey: typeof value.searchKey === 'string' && validSearchKey(value.searchKey) ? value.searchKey : DEFAULT_SHORTCUTS.searchKey,
      toolbarLetter:
        typeof value.toolbarLetter === 'string' && validToolbarLetter(value.toolbarLetter) ? value.toolbarLetter : DEFAULT_SHORTCUTS.toolbarLetter,
    };
  } catch {
    return DEFAULT_SHORTCUTS;
  }
}

/** "Alt+A", as aria-keyshortcuts and the hints write it. */
export function toolbarShortcutName(settings: ShortcutSettings): string {
  return `Alt+${settings.toolbarLetter}`;
}

/** Whether a key press is the search shortcut (no modifier but Shift, which some layouts need for "/"). */
export function isSearchShortcut(settings: ShortcutSettings, event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return settings.enabled && event.key === settings.searchKey && !event.ctrlKey && !event.metaKey && !event.altKey;
}

/**
 * Whether a key press is the toolbar shortcut. The physical key (`code`) is compared, since Alt
 * changes the character typed on some systems (Alt+A is "å" on a Mac).
 */
export function isToolbarShortcut(settings: ShortcutSettings, event: Pick<KeyboardEvent, 'code' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return settings.enabled && event.altKey && !event.ctrlKey && !event.metaKey && event.code === `Key${settings.toolbarLetter}`;
}
