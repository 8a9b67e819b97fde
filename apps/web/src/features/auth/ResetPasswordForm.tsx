import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AuthForm.module.css';
import { useResetPassword } from './usePasswordReset';

/** Sets a new password from an emailed link's token; the account is then signed out everywhere. */
export function ResetPasswordForm({ token }: { token: string }) {
  const { reset, submitting, error, linkRefused } = useResetPassword();
  const [password, setPassword] = useState('');
  const [again, setAgain] = useState('');
  const [mismatch, setMismatch] = useState(false);
  const [done, setDone] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setMismatch(password !== again);
    if (password !== again) return;
    if (await reset(token, password)) setDone(true);
  }

  if (done) {
    return (
      <Notice tone="success">
        <p className={styles.noticeText}>
          Your password is changed, and your account is signed out everywhere. <Link to="/sign-in">Sign in</Link> with
          the new password.
        </p>
      </Notice>
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Choose a new password">
      {error && (
        <Notice tone="error">
          {error}
          {linkRefused && (
            <>
              {' '}
              <Link to="/forgot-password">Ask for a new link</Link>
            </>
          )}
        </Notice>
      )}
      {mismatch && <Notice tone="error">The two passwords are not the same.</Notice>}
      <TextField
        label="New password"
        type="password"
        name="new-password"
        autoComplete="new-password"
        required
        minLength={10}
        hint="At least 10 characters."
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <TextField
        label="New password again"
        type="password"
        name="new-password-again"
        autoComplete="new-password"
        required
        value={again}
        onChange={(e) => setAgain(e.target.value)}
      />
      <Button type="submit" busy={submitting} busyLabel="Saving…" className={styles.submit}>
        Set new password
      </Button>
    </form>
  );
}
