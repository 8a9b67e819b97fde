import { RefObject, useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { codePointSpan, textRange } from './found-words';

/** The name of the CSS custom highlight that marks words a search found (styled in ReadingRoom.module.css). */
export const FOUND_HIGHLIGHT = 'glossa-found';

/**
 * Follows a search result into the text (`?at=<code point>&length=<code points>`): once the text is
 * shown, the words found are highlighted (CSS Custom Highlight API, so React's marks stay untouched),
 * scrolled to and returned so the page can say which words it shows.
 */
export function useFoundWords(loaded: boolean, textRef: RefObject<HTMLElement | null>, text: string): string | null {
  const [params] = useSearchParams();
  const at = params.get('at');
  const length = params.get('length');
  const [found, setFound] = useState<string | null>(null);
  useEffect(() => {
    const root = textRef.current;
    if (!loaded || !root || at === null || length === null) return;
    const span = codePointSpan(text, Number(at), Number(length));
    if (!span) return;
    const frame = requestAnimationFrame(() => {
      const range = textRange(root, span.start, span.end);
      if (!range) return;
      if ('highlights' in CSS) CSS.highlights.set(FOUND_HIGHLIGHT, new Highlight(range));
      const rect = range.getBoundingClientRect();
      window.scrollTo({ top: window.scrollY + rect.top - window.innerHeight / 3 });
      setFound(range.toString());
    });
    return () => {
      cancelAnimationFrame(frame);
      if ('highlights' in CSS) CSS.highlights.delete(FOUND_HIGHLIGHT);
    };
  }, [loaded, textRef, text, at, length]);
  return found;
}
