import { FormEvent, useId, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import type { ActionResult } from '../../graphql/action-result';
import styles from './ReasonPrompt.module.css';
import { ReasonPicker } from './ReasonPicker';

export interface ReasonPromptProps {
  /** The confirming button's label, e.g. "Approve". */
  actionLabel: string;
  /** Shown above the field, e.g. "Why approve this claim?". */
  question: string;
  /** One-click reasons that fill the field (it stays editable). */
  suggestions?: readonly string[];
  /** Runs the action with the reason given. */
  onConfirm: (reason: string) => Promise<ActionResult>;
  onCancel: () => void;
  /** After success; also after a CONFLICT is acknowledged, so the caller reloads what changed. */
  onDone: () => void;
  danger?: boolean;
}

/**
 * Asks for the reason every moderation action carries to the audit log, then runs it. When another
 * moderator got there first (CONFLICT), says so plainly instead of an error.
 */
export function ReasonPrompt({
  actionLabel,
  question,
  suggestions = [],
  onConfirm,
  onCancel,
  onDone,
  danger,
}: ReasonPromptProps) {
  const id = useId();
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!reason.trim() || busy) return;
    setBusy(true);
    setError(null);
    const result = await onConfirm(reason.trim());
    setBusy(false);
    if (result.ok) onDone();
    else if (result.code === 'CONFLICT') setConflict(result.error);
    else setError(result.error);
  }

  if (conflict) {
    return (
      <div className={styles.prompt} data-conflict="">
        <Notice tone="info">
          <strong>Already handled by another moderator.</strong> {conflict}
        </Notice>
        <div className={styles.actions}>
          <Button variant="secondary" onClick={onDone}>
            Show the current state
          </Button>
        </div>
      </div>
    );
  }

  return (
    <form className={styles.prompt} onSubmit={(e) => void submit(e)} aria-label={`${actionLabel}: give a reason`}>
      <ReasonPicker
        id={id}
        question={question}
        suggestions={suggestions}
        value={reason}
        onChange={setReason}
        placeholder="Reason (recorded in the audit log)"
        tone="accent"
        autoFocus
      />
      {error && <Notice tone="error">{error}</Notice>}
      <div className={styles.actions}>
        <Button variant="quiet" onClick={onCancel}>
          Cancel
        </Button>
        <Button
          type="submit"
          variant={danger ? 'secondary' : 'primary'}
          className={danger ? styles.danger : undefined}
          busy={busy}
          busyLabel="Working…"
          disabled={!reason.trim()}
        >
          {actionLabel}
        </Button>
      </div>
    </form>
  );
}
