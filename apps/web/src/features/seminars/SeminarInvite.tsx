import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { inviteLink } from './invite-link';
import styles from './SeminarPage.module.css';
import type { SeminarActions } from './useSeminarActions';

interface Props {
  inviteCode: string;
  canRotate: boolean;
  onRotate: SeminarActions['rotateInviteCode'];
}

/**
 * The invitation: the code, a link that joins after signing in or registering, and (owners) a new
 * code that makes the old code and link stop working.
 */
export function SeminarInvite({ inviteCode, canRotate, onRotate }: Props) {
  const [status, setStatus] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [rotating, setRotating] = useState(false);
  const link = inviteLink(window.location.origin, inviteCode);

  async function copy() {
    try {
      await navigator.clipboard.writeText(link);
      setStatus({ tone: 'success', text: 'Invitation link copied.' });
    } catch {
      setStatus({ tone: 'error', text: 'Copying was not allowed here: select the link and copy it yourself.' });
    }
  }

  async function rotate() {
    if (!window.confirm('Make a new invite code? The old code and link will stop working.')) return;
    setRotating(true);
    const result = await onRotate();
    setRotating(false);
    setStatus(result.ok ? { tone: 'success', text: 'New invite code made; the old one no longer works.' } : { tone: 'error', text: result.error });
  }

  return (
    <section className={styles.panel} aria-labelledby="invite-title">
      <h2 id="invite-title" className={styles.sectionTitle}>
        Invite people
      </h2>
      <p>
        Invite code <code className={styles.code}>{inviteCode}</code>
      </p>
      <label className={styles.linkLabel} htmlFor="invite-link">
        Invitation link
      </label>
      <input id="invite-link" className={styles.linkField} readOnly value={link} onFocus={(e) => e.target.select()} />
      <div className={styles.row}>
        <Button variant="secondary" onClick={copy}>
          Copy invitation link
        </Button>
        {canRotate && (
          <Button variant="quiet" onClick={rotate} busy={rotating} busyLabel="Making a new code…">
            New invite code
          </Button>
        )}
      </div>
      <div aria-live="polite">{status && <Notice tone={status.tone}>{status.text}</Notice>}</div>
    </section>
  );
}
