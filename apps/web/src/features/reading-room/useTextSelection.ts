import { RefObject, useCallback, useEffect, useState } from 'react';
import { rangeToTextSpan, TextSpan } from './selection-offsets';

export interface TextSelection extends TextSpan {
  /** Where the selection is drawn, in document px (viewport px plus the scroll offset when read). */
  rect: { top: number; bottom: number; left: number; right: number };
}

/**
 * The passage currently selected in the reading text, or null. It is read when a pointer is
 * released and on every selection change made without one (keyboard, caret browsing, scripts),
 * so a drag does not raise the toolbar before it ends.
 */
export function useTextSelection(
  textRef: RefObject<HTMLElement | null>,
  text: string,
): { selection: TextSelection | null; clear: () => void; refresh: () => void } {
  const [selection, setSelection] = useState<TextSelection | null>(null);

  const read = useCallback(() => {
    const root = textRef.current;
    const current = window.getSelection();
    if (!root || !current || current.rangeCount === 0 || current.isCollapsed) {
      setSelection(null);
      return;
    }
    const range = current.getRangeAt(0);
    const span = rangeToTextSpan(root, text, range);
    if (!span) {
      setSelection(null);
      return;
    }
    const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
    const first = rects[0] ?? range.getBoundingClientRect();
    const box = range.getBoundingClientRect();
    setSelection((previous) =>
      previous && previous.start === span.start && previous.end === span.end && previous.rect.top === first.top + window.scrollY
        ? previous
        : {
            ...span,
            rect: { top: first.top + window.scrollY, bottom: box.bottom + window.scrollY, left: first.left + window.scrollX, right: first.right + window.scrollX },
          },
    );
  }, [textRef, text]);

  useEffect(() => {
    let pointerDown = false;
    let frame = 0;
    const schedule = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(read);
    };
    const onPointerDown = (event: PointerEvent) => {
      // Pressing inside the toolbar or a card must not drop the selection being annotated.
      if ((event.target as Element).closest?.('[data-keeps-selection]')) return;
      pointerDown = true;
    };
    const onPointerUp = () => {
      if (!pointerDown) return;
      pointerDown = false;
      schedule();
    };
    const onSelectionChange = () => {
      if (!pointerDown) schedule();
    };
    document.addEventListener('pointerdown', onPointerDown);
    document.addEventListener('pointerup', onPointerUp);
    document.addEventListener('selectionchange', onSelectionChange);
    return () => {
      cancelAnimationFrame(frame);
      document.removeEventListener('pointerdown', onPointerDown);
      document.removeEventListener('pointerup', onPointerUp);
      document.removeEventListener('selectionchange', onSelectionChange);
    };
  }, [read]);

  const clear = useCallback(() => {
    window.getSelection()?.removeAllRanges();
    setSelection(null);
  }, []);

  return { selection, clear, refresh: read };
}
