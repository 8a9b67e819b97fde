import { FormEvent, useEffect, useRef, useState } from 'react';
import { useNavigate } from 'react-router';
import styles from './Search.module.css';
import { searchPath } from './search-params';

/** Whether a key press belongs to something the person is typing in, so "/" must not steal it. */
function typingIn(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

/** The search field of the top bar; "/" anywhere outside a text field puts the cursor in it. */
export function HeaderSearch() {
  const [query, setQuery] = useState('');
  const input = useRef<HTMLInputElement>(null);
  const navigate = useNavigate();
  useEffect(() => {
    function onKey(event: KeyboardEvent) {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey || typingIn(event.target)) return;
      event.preventDefault();
      input.current?.focus();
    }
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!query.trim()) return;
    void navigate(searchPath({ query: query.trim() }));
  }

  return (
    <form role="search" aria-label="Search the seminar" className={styles.headerSearch} onSubmit={submit}>
      <label htmlFor="header-search" className={styles.visuallyHidden}>
        Search (press /)
      </label>
      <input
        id="header-search"
        ref={input}
        type="search"
        className={styles.headerInput}
        placeholder="Search  ( / )"
        aria-keyshortcuts="/"
        maxLength={200}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
    </form>
  );
}
