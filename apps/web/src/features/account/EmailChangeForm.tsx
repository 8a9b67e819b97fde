import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import { TextField } from '../../ui/TextField';
import styles from './AccountSettings.module.css';
import type { Account } from './useAccount';
import type { AccountActions } from './useAccountActions';

/** My email, and a change to it that waits for confirmation from the new address. */
export function EmailChangeForm({
  account,
  onRequest,
  onRequested,
}: {
  account: Account;
  onRequest: AccountActions['requestEmailChange'];
  onRequested: () => void;
}) {
  const [newEmail, setNewEmail] = useState('');
  const [password, setPassword] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const result = await onRequest(newEmail, password);
    setSaving(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setNewEmail('');
    setPassword('');
    onRequested();
  }

  return (
    <section className={styles.panel} aria-labelledby="account-email-title">
      <h2 id="account-email-title" className={styles.title}>
        Email
      </h2>
      <p className={styles.text}>
        You sign in with <strong>{account.email}</strong>.
      </p>
      {account.pendingEmail && (
        <Notice tone="info">
          Waiting for confirmation: <strong>{account.pendingEmail}</strong>
          {account.pendingEmailRequestedAt && (
            <>
              {' '}
              (asked <RelativeTime iso={account.pendingEmailRequestedAt} />)
            </>
          )}
          . We emailed a link to that address: open it to confirm (it works once, for 24 hours). Until then, you keep
          signing in with your current email.
        </Notice>
      )}
      <form className={styles.form} onSubmit={submit}>
        <TextField
          label="New email"
          type="email"
          required
          maxLength={254}
          autoComplete="email"
          value={newEmail}
          onChange={(e) => setNewEmail(e.target.value)}
        />
        <TextField
          label="Password"
          hint="Your current password, so that only you can move your account."
          type="password"
          required
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <div className={styles.row}>
          <Button type="submit" variant="secondary" busy={saving} busyLabel="Saving…">
            Change email
          </Button>
        </div>
        {error && <Notice tone="error">{error}</Notice>}
      </form>
    </section>
  );
}
