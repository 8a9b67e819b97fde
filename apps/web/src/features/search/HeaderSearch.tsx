import { FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import { isSearchShortcut } from '../shortcuts/shortcut-settings';
import { useShortcutSettings } from '../shortcuts/useShortcutSettings';
import styles from './Search.module.css';
import { searchPath } from './search-params';

/** Whether a key press belongs to something the person is typing in, so "/" must not steal it. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/**
 * The search field of the top bar; its shortcut ("/" unless changed or turned off in the account
 * settings) anywhere outside a text field puts the cursor in it.
 */
export function HeaderSearch() {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  const shortcuts = useShortcutSettings();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (!isSearchShortcut(shortcuts, event) || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [shortcuts]);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!query.trim()) return;
    void navigate(searchPath({ query: query.trim() }));
  }

  return (
    <form role="search" aria-label="Search the seminar" className={styles.headerSearch} onSubmit={submit}>
      <label htmlFor="header-search" className={styles.visuallyHidden}>
        {shortcuts.enabled ? `Search (press ${shortcuts.searchKey})` : 'Search'}
      </label>
      <input
        id="header-search"
        ref={input}
        type="search"
        className={styles.headerInput}
        placeholder={shortcuts.enabled ? `Search  ( ${shortcuts.searchKey} )` : 'Search'}
        aria-keyshortcuts={shortcuts.enabled ? shortcuts.searchKey : undefined}
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
