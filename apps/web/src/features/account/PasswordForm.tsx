import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AccountSettings.module.css';
import type { AccountActions } from './useAccountActions';

function signedOutSentence(count: number): string {
  if (count === 0) return 'Your password is changed. You had no other sessions signed in.';
  return `Your password is changed. ${count === 1 ? 'Your other session was' : `Your ${count} other sessions were`} signed out; this one stays signed in.`;
}

/** A new password, given the current one; every other session is signed out. */
export function PasswordForm({
  onChange,
  onChanged,
}: {
  onChange: AccountActions['changePassword'];
  onChanged: () => void;
}) {
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const result = await onChange(current, next);
    setSaving(false);
    if (!result.ok) return setOutcome({ tone: 'error', text: result.error });
    setCurrent('');
    setNext('');
    setOutcome({ tone: 'success', text: signedOutSentence(result.value) });
    onChanged();
  }

  return (
    <section className={styles.panel} aria-labelledby="account-password-title">
      <h2 id="account-password-title" className={styles.title}>
        Password
      </h2>
      <form className={styles.form} onSubmit={submit}>
        <TextField
          label="Current password"
          type="password"
          required
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <TextField
          label="New password"
          hint="At least 10 characters. Your other sessions will be signed out; this one stays."
          type="password"
          required
          minLength={10}
          maxLength={200}
          autoComplete="new-password"
          value={next}
          onChange={(e) => setNext(e.target.value)}
        />
        <div className={styles.row}>
          <Button type="submit" busy={saving} busyLabel="Changing…">
            Change password
          </Button>
        </div>
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      </form>
    </section>
  );
}
