import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import styles from './AccountSettings.module.css';
import type { AccountActions } from './useAccountActions';

/** The name others see on my posts, old ones included. */
export function DisplayNameForm({
  displayName,
  onSave,
}: {
  displayName: string;
  onSave: AccountActions['changeDisplayName'];
}) {
  const [draft, setDraft] = useState(displayName);
  const [saving, setSaving] = useState(false);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const result = await onSave(draft);
    setSaving(false);
    setOutcome(
      result.ok ? { tone: 'success', text: 'Your display name is saved.' } : { tone: 'error', text: result.error },
    );
  }

  return (
    <section className={styles.panel} aria-labelledby="account-name-title">
      <h2 id="account-name-title" className={styles.title}>
        Display name
      </h2>
      <form className={styles.form} onSubmit={submit}>
        <TextField
          label="Display name"
          hint="Shown on your annotations, replies and claims, including those you wrote before."
          required
          maxLength={80}
          autoComplete="name"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
        />
        <div className={styles.row}>
          <Button type="submit" busy={saving} busyLabel="Saving…">
            Save name
          </Button>
        </div>
        {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
      </form>
    </section>
  );
}
