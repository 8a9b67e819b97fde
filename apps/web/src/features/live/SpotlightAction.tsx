import { FormEvent, KeyboardEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { SpotlightTarget, useLiveStage } from './live-stage';
import panel from './LiveSession.module.css';
import styles from './SpotlightAction.module.css';

interface SpotlightActionProps {
  target: SpotlightTarget;
  /** What the card shows, for the button's name: "Spotlight this annotation". */
  noun: 'annotation' | 'claim';
}

/**
 * The facilitator's "Spotlight" on a card: it opens a short note (optional, as for a selection) and
 * puts the card's annotation or claim in everyone's view. Nothing shows for anyone else.
 */
export function SpotlightAction({ target, noun }: SpotlightActionProps) {
  const { spotlight } = useLiveStage();
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const field = useRef<HTMLInputElement>(null);
  // Focus goes to the note on opening, and back to the button once done or cancelled.
  const returnFocus = useRef(false);
  useEffect(() => {
    if (open) field.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      opener.current?.focus();
    }
  }, [open]);
  if (!spotlight) return null;

  const close = () => {
    returnFocus.current = true;
    setOpen(false);
    setError(null);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    const result = await spotlight(target, note.trim());
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setNote('');
    close();
  };
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };

  if (!open)
    return (
      <span className={styles.opener}>
        <Button
          ref={opener}
          variant="secondary"
          aria-label={`Spotlight this ${noun}`}
          onClick={() => setOpen(true)}
          data-spotlight-action=""
        >
          Spotlight
        </Button>
      </span>
    );
  return (
    <form
      className={styles.form}
      aria-label={`Spotlight this ${noun}`}
      onSubmit={(e) => void submit(e)}
      onKeyDown={onKey}
    >
      <label className={panel.field}>
        Spotlight note (optional)
        <input ref={field} value={note} maxLength={280} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className={styles.buttons}>
        <Button variant="quiet" onClick={close}>
          Cancel
        </Button>
        <Button type="submit" busy={busy} busyLabel="Spotlighting…">
          Spotlight
        </Button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}

/** The words that tell a spotlit card from the others (the colour alone would not). */
export function SpotlitBadge() {
  return <span className={styles.badge}>In the spotlight</span>;
}
