import { useRef, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { useAnnounceTyping } from '../../realtime/useTyping';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { MentionTextarea } from './MentionTextarea';
import { ThreadOutcome, useThread } from './thread-host';
import styles from './Thread.module.css';

export interface ReplyComposerProps {
  threadId: string;
  parentId: string | null;
  /** Names the box: "Reply to Ben Okafor", "Edit your reply". */
  label: string;
  initial?: string;
  submitLabel?: string;
  /** Saves an edit; without it the composer posts a new reply. */
  onSubmit?: (body: string) => Promise<ThreadOutcome>;
  onDone?: () => void;
  autoFocus?: boolean;
}

/**
 * Writes a reply (or edits one). One clientId per reply being written: a retry after a lost answer
 * returns the reply already saved instead of posting it twice; a new one is made after each success.
 */
export function ReplyComposer({
  threadId,
  parentId,
  label,
  initial = '',
  submitLabel = 'Reply',
  onSubmit,
  onDone,
  autoFocus,
}: ReplyComposerProps) {
  const { host } = useThread();
  const [body, setBody] = useState(initial);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clientId = useRef(newClientId());
  const announceTyping = useAnnounceTyping(threadId);
  const placeholder = parentId || onSubmit ? `${label}…` : host.wording.placeholder;

  async function submit() {
    if (!body.trim() || busy) return;
    setBusy(true);
    setError(null);
    const result = onSubmit
      ? await onSubmit(body)
      : await host.reply({ threadId, parentId, body, clientId: clientId.current });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    clientId.current = newClientId();
    setBody('');
    onDone?.();
  }

  function change(text: string) {
    setBody(text);
    // Writing a reply, not editing one.
    if (!onSubmit && text.trim()) announceTyping();
  }

  return (
    <form
      className={styles.composer}
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <MentionTextarea
        value={body}
        onChange={change}
        members={host.mentionable}
        label={label}
        placeholder={placeholder}
        onSubmit={() => void submit()}
        onCancel={onDone}
        autoFocus={autoFocus}
        rows={2}
      />
      {error && <Notice tone="error">{error}</Notice>}
      {(body.trim() || onDone) && (
        <div className={styles.composerActions}>
          {onDone && (
            <Button variant="quiet" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button
            type="submit"
            busy={busy}
            busyLabel={onSubmit ? host.wording.saving : host.wording.sending}
            disabled={!body.trim()}
          >
            {submitLabel}
          </Button>
        </div>
      )}
    </form>
  );
}
