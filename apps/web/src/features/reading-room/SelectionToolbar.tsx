import { KeyboardEvent, RefObject, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { HighlightColor, Motivation, Visibility } from '../../gql/graphql';
import { ColorPicker } from '../annotations/ColorPicker';
import { Icon } from '../../ui/Icon';
import styles from './SelectionToolbar.module.css';
import type { TextSelection } from './useTextSelection';
import type { DebateChoice } from './useSeminarDebates';

export interface SelectionToolbarProps {
  selection: TextSelection;
  /** The positioned box the toolbar is placed in (the reading room). */
  containerRef: RefObject<HTMLElement | null>;
  color: HighlightColor;
  onColorChange: (color: HighlightColor) => void;
  visibility: Visibility;
  onVisibilityChange: (visibility: Visibility) => void;
  onAnnotate: (motivation: Motivation) => void;
  /** The seminar's debates, and citing the selected words in one of them. */
  debates: readonly DebateChoice[];
  onCite: (debateId: string) => void;
  onClose: () => void;
  busy: boolean;
  error: string | null;
  /** The keyboard shortcut asked for focus in the toolbar; `onFocused` says it was given. */
  wantsFocus: boolean;
  onFocused: () => void;
  /** The shortcut that focuses the toolbar ("Alt+A"), or null while shortcuts are off. */
  shortcut: string | null;
}

const TOOLBAR_HEIGHT = 44;

/**
 * The small toolbar raised over selected words: Highlight · Comment · Question · Cite in debate,
 * with the highlight colour and who will see it. A WAI-ARIA toolbar: one Tab stop, arrow keys move
 * between its buttons, Escape leaves it.
 */
export function SelectionToolbar(props: SelectionToolbarProps) {
  const { selection, containerRef, color, onColorChange, visibility, onVisibilityChange, onAnnotate, debates, onCite, onClose, busy, error, wantsFocus, onFocused, shortcut } = props;
  const ref = useRef<HTMLDivElement>(null);
  const [position, setPosition] = useState<{ top: number; left: number; below: boolean } | null>(null);
  const [colorsOpen, setColorsOpen] = useState(false);
  const [debatesOpen, setDebatesOpen] = useState(false);

  useLayoutEffect(() => {
    const container = containerRef.current;
    if (!container) return;
    const box = container.getBoundingClientRect();
    const barBottom = 64;
    const below = selection.rect.top - window.scrollY < barBottom + TOOLBAR_HEIGHT + 16;
    const top = below ? selection.rect.bottom - (box.top + window.scrollY) + 10 : selection.rect.top - (box.top + window.scrollY) - TOOLBAR_HEIGHT - 10;
    const center = (selection.rect.left + selection.rect.right) / 2 - (box.left + window.scrollX);
    setPosition({ top, left: Math.max(250, Math.min(box.width - 250, center)), below });
  }, [selection, containerRef]);

  // Only once placed (and so visible) can the toolbar take focus.
  useEffect(() => {
    if (!wantsFocus || !position) return;
    ref.current?.querySelector<HTMLButtonElement>('button:not(:disabled)')?.focus();
    onFocused();
  }, [wantsFocus, position, onFocused]);

  function handleKey(event: KeyboardEvent<HTMLDivElement>) {
    if (event.key === 'Escape') {
      event.preventDefault();
      onClose();
      return;
    }
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    if ((event.target as Element).closest('[role="radiogroup"]')) return;
    const buttons = Array.from(ref.current?.querySelectorAll<HTMLButtonElement>('[data-tool]:not(:disabled)') ?? []);
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[(at + (event.key === 'ArrowRight' ? 1 : -1) + buttons.length) % buttons.length];
    next?.focus();
    event.preventDefault();
  }

  return (
    <div
      ref={ref}
      className={styles.toolbar}
      role="toolbar"
      aria-label="Annotate the selected words"
      aria-keyshortcuts={shortcut ?? undefined}
      data-keeps-selection=""
      data-below={position?.below || undefined}
      style={{ top: position?.top ?? 0, left: position?.left ?? 0, visibility: position ? 'visible' : 'hidden' }}
      onKeyDown={handleKey}
      onMouseDown={(e) => e.preventDefault()}
    >
      <div className={styles.row}>
        <button type="button" data-tool="" className={styles.tool} onClick={() => onAnnotate('highlighting')} disabled={busy}>
          <Icon name="highlight" size={16} />
          {busy ? 'Saving…' : 'Highlight'}
        </button>
        <button type="button" data-tool="" className={styles.tool} onClick={() => onAnnotate('commenting')} disabled={busy}>
          <Icon name="comment" size={16} />
          Comment
        </button>
        <button type="button" data-tool="" className={styles.tool} onClick={() => onAnnotate('questioning')} disabled={busy}>
          <Icon name="question" size={16} />
          Question
        </button>
<button
          type="button"
          data-tool=""
          className={styles.tool}
          disabled={busy || debates.length === 0}
          title={debates.length === 0 ? 'The seminar has no debate yet' : 'Cite these words in a debate'}
          aria-expanded={debates.length > 1 ? debatesOpen : undefined}
          onClick={() => (debates.length === 1 ? onCite(debates[0].id) : setDebatesOpen((open) => !open))}
        >
          <Icon name="cite" size={16} />
          Cite in debate
        </button>
        <span className={styles.divider} aria-hidden="true" />
        <button
          type="button"
          data-tool=""
          className={styles.iconTool}
          aria-expanded={colorsOpen}
          aria-label={`Colour: ${color}`}
          title="Highlight colour"
          onClick={() => setColorsOpen((open) => !open)}
        >
          <span className={styles.dot} style={{ background: `rgb(var(--hl-${color}))` }} />
        </button>
        <button
          type="button"
          data-tool=""
          className={styles.iconTool}
          aria-pressed={visibility === 'PRIVATE'}
          aria-label="Private: only me"
          title={visibility === 'PRIVATE' ? 'Private: only you will see it' : 'Shared with the seminar (press to keep it private)'}
          onClick={() => onVisibilityChange(visibility === 'PRIVATE' ? 'SEMINAR' : 'PRIVATE')}
        >
          <Icon name={visibility === 'PRIVATE' ? 'lock' : 'globe'} size={16} />
        </button>
      </div>
      {debatesOpen && debates.length > 1 && (
        <ul className={styles.debates} aria-label="Cite in which debate?">
          {debates.map((d) => (
            <li key={d.id}>
              <button type="button" className={styles.debate} onClick={() => onCite(d.id)} disabled={busy}>
                {d.motion}
              </button>
            </li>
          ))}
        </ul>
      )}
      {colorsOpen && (
        <div className={styles.colors}>
          <ColorPicker
            value={color}
            onChange={(c) => {
              onColorChange(c);
              setColorsOpen(false);
            }}
            label="Highlight colour"
            tone="dark"
          />
        </div>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
