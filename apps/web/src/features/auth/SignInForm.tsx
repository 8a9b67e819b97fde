import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AuthForm.module.css';
import { useSignIn } from './useSignIn';

export function SignInForm({ onSignedIn }: { onSignedIn: () => void }) {
  const { signIn, submitting, error } = useSignIn();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await signIn({ email: email.trim(), password })) onSignedIn();
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Sign in">
      {error && <Notice tone="error">{error}</Notice>}
      <TextField label="Email" type="email" name="email" autoComplete="username" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="current-password"
        required
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" busy={submitting} busyLabel="Signing in…" className={styles.submit}>
        Sign in
      </Button>
    </form>
  );
}
