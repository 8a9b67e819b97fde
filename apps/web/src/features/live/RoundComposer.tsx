import { FormEvent, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { useClaimActions } from '../debates/useClaimActions';
import type { LocalRound } from './live-state';
import styles from './LiveSession.module.css';

/** The round's composer on a debate: a claim for the round's side, open only while the round runs. */
export function RoundComposer({ debateId, round, open }: { debateId: string; round: LocalRound; open: boolean }) {
  const { add } = useClaimActions();
  const [body, setBody] = useState('');
  const [stance, setStance] = useState<'PRO' | 'CON'>(round.stance ?? 'PRO');
  const [message, setMessage] = useState<string | null>(null);
  if (!open) return null;
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const result = await add({ debateId, stance, body: body.trim(), clientId: newClientId() });
    setMessage(result.ok ? 'Claim added.' : result.error);
    if (result.ok) setBody('');
  };
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Add a claim for this round">
      {!round.stance && (
        <label className={styles.field}>
          Side
          <select value={stance} onChange={(e) => setStance(e.target.value as 'PRO' | 'CON')}>
            <option value="PRO">For</option>
            <option value="CON">Against</option>
          </select>
        </label>
      )}
      <label className={styles.field}>
        Your claim
        <textarea value={body} required maxLength={2000} rows={2} onChange={(e) => setBody(e.target.value)} />
      </label>
      <Button type="submit">Add claim</Button>
      {message && (
        <p role="status" className={styles.meta}>
          {message}
        </p>
      )}
    </form>
  );
}
