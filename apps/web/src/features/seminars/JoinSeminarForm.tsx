import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './SeminarForm.module.css';
import { useJoinSeminar } from './useJoinSeminar';

export function JoinSeminarForm() {
  const { join, submitting, error } = useJoinSeminar();
  const [inviteCode, setInviteCode] = useState('');
  const [joined, setJoined] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setJoined(null);
    const seminar = await join(inviteCode.trim());
    if (seminar) {
      setJoined(seminar.name);
      setInviteCode('');
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="join-seminar-title">
      <h2 id="join-seminar-title" className={styles.title}>
        Join a seminar
      </h2>
      <form className={styles.form} onSubmit={submit}>
        <TextField
          label="Invite code"
          name="inviteCode"
          required
          minLength={4}
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          hint="Ask your convenor for the seminar's code."
          value={inviteCode}
          onChange={(e) => setInviteCode(e.target.value)}
        />
        <Button type="submit" busy={submitting} busyLabel="Joining…">
          Join
        </Button>
        {error && <Notice tone="error">{error}</Notice>}
        {joined && !error && <Notice tone="success">You joined “{joined}”.</Notice>}
      </form>
    </section>
  );
}
