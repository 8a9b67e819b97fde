import { FormEvent, useEffect, useRef, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AccountSettings.module.css';
import type { AccountActions } from './useAccountActions';

/**
 * Closing the account, with what becomes of my posts said before I confirm (docs/accounts.md,
 * "Deleting an account"): the text goes, the places in the threads stay.
 */
export function DeleteAccountSection({
  onDelete,
  onDeleted,
}: {
  onDelete: AccountActions['deleteAccount'];
  onDeleted: () => void;
}) {
  const [confirming, setConfirming] = useState(false);
  const [password, setPassword] = useState('');
  const [deleting, setDeleting] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const passwordRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (confirming) passwordRef.current?.querySelector('input')?.focus();
  }, [confirming]);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDeleting(true);
    const result = await onDelete(password);
    setDeleting(false);
    if (result.ok) return onDeleted();
    setError(result.error);
  }

  return (
    <section className={`${styles.panel} ${styles.danger}`} aria-labelledby="account-delete-title">
      <h2 id="account-delete-title" className={styles.title}>
        Delete your account
      </h2>
      <p className={styles.text}>What happens when you delete your account:</p>
      <ul className={styles.consequences} id="account-delete-consequences">
        <li>
          Your annotations, replies and claims stay where they are in their threads, shown as by “Deleted account”, but
          their text and tags are removed. Threads stay whole, so the replies others wrote to you keep their place and
          still make sense as a conversation.
        </li>
        <li>Your name and email are removed from Glossa, including from the history that live pages replay.</li>
        <li>You leave every seminar, and you are signed out everywhere.</li>
        <li>If you are the only owner of a seminar, make someone else an owner there first.</li>
        <li>This cannot be undone.</li>
      </ul>
      {!confirming ? (
        <div className={styles.row}>
          <Button variant="secondary" onClick={() => setConfirming(true)}>
            Delete my account…
          </Button>
        </div>
      ) : (
        <form className={styles.form} onSubmit={submit} aria-describedby="account-delete-consequences">
          <div ref={passwordRef}>
            <TextField
              label="Password to confirm"
              type="password"
              required
              autoComplete="current-password"
              value={password}
              onChange={(e) => setPassword(e.target.value)}
            />
          </div>
          <div className={styles.row}>
            <Button type="submit" className={styles.deleteButton} busy={deleting} busyLabel="Deleting…">
              Delete my account
            </Button>
            <Button
              variant="quiet"
              onClick={() => {
                setConfirming(false);
                setPassword('');
                setError(null);
              }}
            >
              Cancel
            </Button>
          </div>
          {error && <Notice tone="error">{error}</Notice>}
        </form>
      )}
    </section>
  );
}
