import { FormEvent, useId, useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import type { ModerationMode } from '../../gql/graphql';
import { newClientId } from '../../graphql/client-id';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField, TextField } from '../../ui/TextField';
import styles from './CreateDebateForm.module.css';

const CreateDebateDocument = graphql(`
  mutation CreateDebate($input: CreateDebateInput!) {
    createDebate(input: $input) {
      id
      motion
    }
  }
`);

/** Opens a debate on a motion (owners and moderators): two named sides, the readings it draws on. */
export function CreateDebateForm({
  seminarId,
  readings,
}: {
  seminarId: string;
  readings: ReadonlyArray<{ id: string; title: string }>;
}) {
  const id = useId();
  const [state, execute] = useMutation(CreateDebateDocument);
  const [motion, setMotion] = useState('');
  const [description, setDescription] = useState('');
  const [proLabel, setProLabel] = useState('');
  const [conLabel, setConLabel] = useState('');
  const [readingIds, setReadingIds] = useState<string[]>([]);
  const [mode, setMode] = useState<ModerationMode>('OPEN');
  const [clientId, setClientId] = useState(newClientId);
  const [created, setCreated] = useState<{ id: string; motion: string } | null>(null);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await execute(
      {
        input: {
          seminarId,
          motion: motion.trim(),
          description: description.trim(),
          proLabel: proLabel.trim(),
          conLabel: conLabel.trim(),
          readingIds,
          moderationMode: mode,
          clientId,
        },
      },
      { additionalTypenames: ['Debate'] },
    );
    if (result.data) {
      setCreated(result.data.createDebate);
      setMotion('');
      setDescription('');
      setProLabel('');
      setConLabel('');
      setReadingIds([]);
      setClientId(newClientId());
    }
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)}>
      <TextAreaField
        label="Motion"
        rows={2}
        required
        maxLength={500}
        value={motion}
        onChange={(e) => setMotion(e.target.value)}
        hint="A statement the seminar can argue for and against."
      />
      <div className={styles.sides}>
        <TextField
          label="For the motion"
          required
          maxLength={60}
          value={proLabel}
          onChange={(e) => setProLabel(e.target.value)}
          placeholder="e.g. Intervention"
        />
        <TextField
          label="Against the motion"
          required
          maxLength={60}
          value={conLabel}
          onChange={(e) => setConLabel(e.target.value)}
          placeholder="e.g. Sovereignty"
        />
      </div>
      <TextAreaField
        label="Description"
        rows={2}
        maxLength={2000}
        value={description}
        onChange={(e) => setDescription(e.target.value)}
        hint="Optional: the question behind it, the rules of the room."
      />
      {readings.length > 0 && (
        <fieldset className={styles.group}>
          <legend className={styles.legend}>Draws on</legend>
          {readings.map((r) => (
            <label key={r.id} className={styles.check}>
              <input
                type="checkbox"
                checked={readingIds.includes(r.id)}
                onChange={(e) =>
                  setReadingIds(e.target.checked ? [...readingIds, r.id] : readingIds.filter((x) => x !== r.id))
                }
              />
              {r.title}
            </label>
          ))}
        </fieldset>
      )}
      <fieldset className={styles.group}>
        <legend className={styles.legend}>New posts</legend>
        <label className={styles.check}>
          <input type="radio" name={`${id}-mode`} checked={mode === 'OPEN'} onChange={() => setMode('OPEN')} />{' '}
          Published at once
        </label>
        <label className={styles.check}>
          <input
            type="radio"
            name={`${id}-mode`}
            checked={mode === 'PRE_MODERATED'}
            onChange={() => setMode('PRE_MODERATED')}
          />{' '}
          Pre-moderated (members’ posts wait for approval)
        </label>
      </fieldset>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      {created && !state.error && (
        <Notice tone="success">
          Opened <Link to={`/debates/${created.id}`}>“{created.motion}”</Link>.
        </Notice>
      )}
      <div className={styles.actions}>
        <Button type="submit" busy={state.fetching} busyLabel="Opening…">
          Open the debate
        </Button>
      </div>
    </form>
  );
}
