import { FormEvent, useId, useState } from 'react';
import type { ModerationSubject } from '../../gql/graphql';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { Icon } from '../../ui/Icon';
import styles from './FlagAction.module.css';
import { ReasonPicker } from './ReasonPicker';
import { useModerationActions } from './useModerationActions';

const REASONS = ['Off-topic', 'Disrespectful', 'Misquotes the reading', 'Spam'] as const;

export interface FlagActionProps {
  subjectType: ModerationSubject;
  subjectId: string;
  /** What is being flagged, for the label ("Flag this claim"). */
  noun: string;
}

/** "Flag": anyone in the seminar asks the moderators to look at a post, saying why. */
export function FlagAction({ subjectType, subjectId, noun }: FlagActionProps) {
  const id = useId();
  const actions = useModerationActions();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim() || busy) return;
    setBusy(true);
    setError(null);
    const result = await actions.flag({ subjectType, subjectId }, reason.trim());
    setBusy(false);
    if (result.ok) {
      setSent('Thank you: the moderators will look at it.');
      setOpen(false);
    } else if (result.code === 'CONFLICT') {
      setSent(result.error);
      setOpen(false);
    } else {
      setError(result.error);
    }
  }

  return (
    <>
      <button
        type="button"
        className={styles.trigger}
        aria-expanded={open}
        aria-controls={open ? `${id}-form` : undefined}
        aria-label={`Flag this ${noun}`}
        title={`Ask the moderators to look at this ${noun}`}
        onClick={() => {
          setOpen(!open);
          setSent(null);
        }}
      >
        <Icon name="flag" size={14} strokeWidth={1.7} /> Flag
      </button>
      {sent && (
        <span className={styles.sent} role="status">
          {sent}
        </span>
      )}
      {open && (
        <form
          id={`${id}-form`}
          className={styles.form}
          onSubmit={(e) => void submit(e)}
          aria-label={`Flag this ${noun}`}
        >
          <ReasonPicker
            id={id}
            question="What should the moderators look at?"
            suggestions={REASONS}
            value={reason}
            onChange={setReason}
            placeholder="Say why, briefly"
            tone="danger"
          />
          {error && <Notice tone="error">{error}</Notice>}
          <div className={styles.actions}>
            <Button variant="quiet" onClick={() => setOpen(false)}>
              Cancel
            </Button>
            <Button type="submit" variant="secondary" busy={busy} busyLabel="Sending…" disabled={!reason.trim()}>
              Send to the moderators
            </Button>
          </div>
        </form>
      )}
    </>
  );
}
