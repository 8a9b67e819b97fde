import { RefObject, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { CaretSelection, sentenceSpans, stepSelection, wordSpans } from './caret-units';

/** The keys of keyboard selection, for the hint under the button and aria-keyshortcuts. */
export const CARET_KEYS = 'Arrow keys move by word (left, right) and sentence (up, down); Shift with them extends the selection; Enter annotates it; Escape stops.';

/**
 * Where the UTF-16 `offset` of the text falls: a text node and an offset in it. An offset between
 * two nodes is the start of the later one for a selection's start (`atStart`), the end of the
 * earlier one for its end, so the selection holds no line break from a neighbouring block.
 */
function locate(root: HTMLElement, offset: number, atStart: boolean): { node: Text; offset: number } | null {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  let remaining = offset;
  let last: Text | null = null;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (atStart ? remaining < node.data.length : remaining <= node.data.length) return { node, offset: remaining };
    remaining -= node.data.length;
    last = node;
  }
  return last ? { node: last, offset: last.data.length } : null;
}

/**
 * Selecting words without a mouse (issue 16): `start()` focuses the reading text and selects its
 * first word; the arrow keys then move by word and sentence and extend with Shift, and Enter hands
 * the selection to the toolbar (`openToolbar`) as Alt+A does. Each step says what is selected
 * through `announce` (the room's polite live region).
 */
export function useCaretSelection(textRef: RefObject<HTMLElement | null>, text: string, openToolbar: () => void, announce: (message: string) => void) {
  const [active, setActive] = useState(false);
  const current = useRef<CaretSelection>({ anchor: 0, focus: 0 });
  const units = useMemo(() => ({ words: wordSpans(text), sentences: sentenceSpans(text) }), [text]);

  const show = useCallback(
    (next: CaretSelection) => {
      const root = textRef.current;
      const forwards = next.focus >= next.anchor;
      const anchor = root && locate(root, next.anchor, forwards);
      const focus = root && locate(root, next.focus, !forwards);
      if (!anchor || !focus) return;
      current.current = next;
      window.getSelection()?.setBaseAndExtent(anchor.node, anchor.offset, focus.node, focus.offset);
      focus.node.parentElement?.scrollIntoView({ block: 'nearest' });
      const words = text.slice(Math.min(next.anchor, next.focus), Math.max(next.anchor, next.focus)).trim();
      announce(words ? `Selected: ${words.length > 120 ? `${words.slice(0, 117)}…` : words}` : 'Nothing selected');
    },
    [textRef, text, announce],
  );

  const start = useCallback(() => {
    const root = textRef.current;
    if (!root) return;
    root.focus();
    setActive(true);
    show(stepSelection({ anchor: 0, focus: 0 }, units.words, 1, false));
  }, [textRef, show, units]);

  useEffect(() => {
    const root = textRef.current;
    if (!active || !root) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey) return;
      const step = { ArrowRight: [units.words, 1], ArrowLeft: [units.words, -1], ArrowDown: [units.sentences, 1], ArrowUp: [units.sentences, -1] } as const;
      const move = step[event.key as keyof typeof step];
      if (move) {
        event.preventDefault();
        show(stepSelection(current.current, move[0], move[1], event.shiftKey));
      } else if (event.key === 'Enter') {
        event.preventDefault();
        setActive(false);
        openToolbar();
      } else if (event.key === 'Escape') {
        event.preventDefault();
        setActive(false);
        window.getSelection()?.removeAllRanges();
        announce('Stopped selecting with the keyboard');
      }
    };
    const onBlur = () => setActive(false);
    root.addEventListener('keydown', onKey);
    root.addEventListener('blur', onBlur);
    return () => {
      root.removeEventListener('keydown', onKey);
      root.removeEventListener('blur', onBlur);
    };
  }, [active, textRef, units, show, openToolbar, announce]);

  return { active, start };
}
