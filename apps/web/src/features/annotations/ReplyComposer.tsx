import { useRef, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { useAnnounceTyping } from '../../realtime/useTyping';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useAnnotationView } from './annotation-view-context';
import { MentionTextarea } from './MentionTextarea';
import styles from './Thread.module.css';
import { useAnnotationActions } from './useAnnotationActions';

export interface ReplyComposerProps {
  threadId: string;
  parentId: string | null;
  /** Whom the reply answers, for the label ("Reply to Ben Okafor"). */
  answering: string;
  onDone?: () => void;
  autoFocus?: boolean;
}

/**
 * Writes a reply. One clientId per reply being written: a retry after a lost answer returns the
 * reply already saved instead of posting it twice; a new one is made after each success.
 */
export function ReplyComposer({ threadId, parentId, answering, onDone, autoFocus }: ReplyComposerProps) {
  const { members } = useAnnotationView();
  const actions = useAnnotationActions();
  const [body, setBody] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const clientId = useRef(newClientId());
  const announceTyping = useAnnounceTyping(threadId);

  async function submit() {
    if (!body.trim() || busy) return;
    setBusy(true);
    setError(null);
    const result = await actions.reply({ threadId, parentId, body, clientId: clientId.current });
    setBusy(false);
    if (!result.ok) {
      setError(result.error);
      return;
    }
    clientId.current = newClientId();
    setBody('');
    onDone?.();
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
        onChange={(text) => {
          setBody(text);
          if (text.trim()) announceTyping();
        }}
        members={members}
        label={`Reply to ${answering}`}
        placeholder={parentId ? `Reply to ${answering}…` : 'Reply… (@ to mention)'}
        onSubmit={() => void submit()}
        onCancel={onDone}
        autoFocus={autoFocus}
        rows={2}
      />
      {error && <Notice tone="error">{error}</Notice>}
      {(body.trim() || parentId) && (
        <div className={styles.composerActions}>
          {onDone && (
            <Button variant="quiet" onClick={onDone}>
              Cancel
            </Button>
          )}
          <Button type="submit" busy={busy} busyLabel="Posting…" disabled={!body.trim()}>
            Reply
          </Button>
        </div>
      )}
    </form>
  );
}
