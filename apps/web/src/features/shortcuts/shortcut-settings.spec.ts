import { DEFAULT_SHORTCUTS, isSearchShortcut, isToolbarShortcut, parseShortcuts, toolbarShortcutName } from './shortcut-settings';

const press = (key: string, extra: Partial<KeyboardEvent> = {}) => ({ key, code: '', ctrlKey: false, metaKey: false, altKey: false, ...extra });

describe('shortcut settings', () => {
  it('keeps the defaults ("/" and Alt+A, on) when nothing or nonsense is stored', () => {
    expect(parseShortcuts(null)).toEqual(DEFAULT_SHORTCUTS);
    expect(parseShortcuts('not json')).toEqual(DEFAULT_SHORTCUTS);
    expect(parseShortcuts(JSON.stringify({ enabled: 'no', searchKey: '  ', toolbarLetter: 'a' }))).toEqual(DEFAULT_SHORTCUTS);
  });

  it('reads a changed search key and toolbar letter', () => {
    const settings = parseShortcuts(JSON.stringify({ enabled: true, searchKey: 's', toolbarLetter: 'K' }));
    expect(settings).toEqual({ enabled: true, searchKey: 's', toolbarLetter: 'K' });
    expect(toolbarShortcutName(settings)).toBe('Alt+K');
    expect(isSearchShortcut(settings, press('s'))).toBe(true);
    expect(isSearchShortcut(settings, press('/'))).toBe(false);
    expect(isToolbarShortcut(settings, press('k', { code: 'KeyK', altKey: true }))).toBe(true);
    expect(isToolbarShortcut(settings, press('a', { code: 'KeyA', altKey: true }))).toBe(false);
  });

  it('answers no key while shortcuts are turned off', () => {
    const off = { ...DEFAULT_SHORTCUTS, enabled: false };
    expect(isSearchShortcut(off, press('/'))).toBe(false);
    expect(isToolbarShortcut(off, press('å', { code: 'KeyA', altKey: true }))).toBe(false);
  });

  it('compares the physical key for the toolbar, so Alt+A works where Alt changes the character', () => {
    expect(isToolbarShortcut(DEFAULT_SHORTCUTS, press('å', { code: 'KeyA', altKey: true }))).toBe(true);
    expect(isToolbarShortcut(DEFAULT_SHORTCUTS, press('a', { code: 'KeyA', altKey: true, ctrlKey: true }))).toBe(false);
    expect(isSearchShortcut(DEFAULT_SHORTCUTS, press('/', { ctrlKey: true }))).toBe(false);
  });
});
