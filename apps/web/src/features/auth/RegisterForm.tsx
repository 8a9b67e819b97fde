import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AuthForm.module.css';
import { useRegister } from './useRegister';

/** The API's rule (RegisterInput): checked here too so the browser can say so before sending. */
const MIN_PASSWORD_LENGTH = 10;

export function RegisterForm({ onRegistered }: { onRegistered: () => void }) {
  const { register, submitting, error } = useRegister();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (await register({ displayName: displayName.trim(), email: email.trim(), password })) onRegistered();
  }

  return (
    <form className={styles.form} onSubmit={submit} aria-label="Create an account">
      {error && <Notice tone="error">{error}</Notice>}
      <TextField
        label="Your name"
        name="displayName"
        autoComplete="name"
        required
        maxLength={80}
        hint="How other members of your seminars see you."
        value={displayName}
        onChange={(e) => setDisplayName(e.target.value)}
      />
      <TextField label="Email" type="email" name="email" autoComplete="email" required value={email} onChange={(e) => setEmail(e.target.value)} />
      <TextField
        label="Password"
        type="password"
        name="password"
        autoComplete="new-password"
        required
        minLength={MIN_PASSWORD_LENGTH}
        maxLength={200}
        hint={`At least ${MIN_PASSWORD_LENGTH} characters.`}
        value={password}
        onChange={(e) => setPassword(e.target.value)}
      />
      <Button type="submit" busy={submitting} busyLabel="Creating account…" className={styles.submit}>
        Create account
      </Button>
    </form>
  );
}
