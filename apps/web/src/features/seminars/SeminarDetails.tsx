import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField, TextField } from '../../ui/TextField';
import styles from './SeminarPage.module.css';
import type { SeminarActions } from './useSeminarActions';

interface Props {
  name: string;
  description: string;
  onSave: SeminarActions['update'];
}

/** Owners rename the seminar or change its description here; everyone sees the change live. */
export function SeminarDetailsForm({ name, description, onSave }: Props) {
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState({ name, description });
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaving(true);
    const result = await onSave({ name: draft.name, description: draft.description });
    setSaving(false);
    if (result.ok) setOpen(false);
    else setError(result.error);
  }

  if (!open) {
    return (
      <Button
        variant="secondary"
        onClick={() => {
          setDraft({ name, description });
          setError(null);
          setOpen(true);
        }}
      >
        Edit name and description
      </Button>
    );
  }
  return (
    <form className={styles.editForm} onSubmit={submit} aria-label="Edit the seminar">
      <TextField
        label="Seminar name"
        required
        maxLength={120}
        value={draft.name}
        onChange={(e) => setDraft({ ...draft, name: e.target.value })}
      />
      <TextAreaField
        label="Seminar description"
        maxLength={2000}
        rows={3}
        value={draft.description}
        onChange={(e) => setDraft({ ...draft, description: e.target.value })}
      />
      <div className={styles.row}>
        <Button type="submit" busy={saving} busyLabel="Saving…">
          Save
        </Button>
        <Button variant="quiet" onClick={() => setOpen(false)}>
          Cancel
        </Button>
      </div>
      {error && <Notice tone="error">{error}</Notice>}
    </form>
  );
}
