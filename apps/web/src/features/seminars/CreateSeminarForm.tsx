import { FormEvent, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField, TextField } from '../../ui/TextField';
import styles from './SeminarForm.module.css';
import { CreatedSeminar, useCreateSeminar } from './useCreateSeminar';

export function CreateSeminarForm() {
  const { create, submitting, error } = useCreateSeminar();
  const [name, setName] = useState('');
  const [description, setDescription] = useState('');
  // One id per seminar being created: a resubmission after a lost response returns the same seminar.
  const [clientId, setClientId] = useState(newClientId);
  const [created, setCreated] = useState<CreatedSeminar | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setCreated(null);
    const seminar = await create({ name: name.trim(), description: description.trim(), clientId });
    if (seminar) {
      setCreated(seminar);
      setName('');
      setDescription('');
      setClientId(newClientId());
    }
  }

  return (
    <section className={styles.panel} aria-labelledby="create-seminar-title">
      <h2 id="create-seminar-title" className={styles.title}>
        Start a seminar
      </h2>
      <form className={styles.form} onSubmit={submit}>
        <TextField label="Name" name="name" required maxLength={120} value={name} onChange={(e) => setName(e.target.value)} />
        <TextAreaField
          label="Description"
          name="description"
          maxLength={2000}
          rows={3}
          hint="Optional: what the group reads and why."
          value={description}
          onChange={(e) => setDescription(e.target.value)}
        />
        <Button type="submit" busy={submitting} busyLabel="Creating…">
          Create seminar
        </Button>
        {error && <Notice tone="error">{error}</Notice>}
        {created && !error && (
          <Notice tone="success">
            Created “{created.name}”.
            {created.inviteCode && (
              <>
                {' '}
                Invite others with the code <code>{created.inviteCode}</code>.
              </>
            )}
          </Notice>
        )}
      </form>
    </section>
  );
}
