import { FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AuthForm.module.css';
import { useDevOutboxOpen, useRequestPasswordReset } from './usePasswordReset';

/** Asks for a reset link. The confirmation never says whether the address has an account. */
export function ForgotPasswordForm() {
  const { request, submitting, error } = useRequestPasswordReset();
  const outboxOpen = useDevOutboxOpen();
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const address = email.trim();
    if (await request(address)) setSentTo(address);
  }

  if (sentTo) {
    return (
      <Notice tone="success">
        <p className={styles.noticeText}>
          If an account uses <strong>{sentTo}</strong>, a link to choose a new password is on its way. It works once, for a
          limited time. Check your spam folder if it does not arrive in a few minutes.
        </p>
        {outboxOpen && (
          <p className={styles.noticeText}>
            This server sends no mail: messages wait in the <Link to="/dev/outbox">development outbox</Link>.
          </p>
        )}
      </Notice>
    );
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Ask for a reset link">
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        label="Email"
        type="email"
        name="email"
        autoComplete="username"
        required
        hint="We will send a link to choose a new password to this address."
        value={email}
        onChange={(e) => setEmail(e.target.value)}
      />
      <Button type="submit" busy={submitting} busyLabel="Sending…" className={styles.submit}>
        Send me a reset link
      </Button>
    </form>
  );
}
