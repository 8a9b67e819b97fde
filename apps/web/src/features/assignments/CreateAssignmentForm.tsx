import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { newClientId } from '../../graphql/client-id';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextAreaField, TextField } from '../../ui/TextField';
import { localInputValue } from './assignment-labels';
import styles from './Assignments.module.css';

const CreateAssignmentDocument = graphql(`
  mutation CreateAssignment($input: CreateAssignmentInput!) {
    createAssignment(input: $input) {
      id
      title
    }
  }
`);

interface Subject {
  id: string;
  title: string;
}

/** Owners and moderators set a reading or a debate, with a due date and, for a reading, hide-until-you-post. */
export function CreateAssignmentForm({
  seminarId,
  readings,
  debates,
  onCreated,
}: {
  seminarId: string;
  readings: readonly Subject[];
  debates: readonly Subject[];
  onCreated: () => void;
}) {
  const [state, execute] = useMutation(CreateAssignmentDocument);
  const [subject, setSubject] = useState(
    readings[0] ? `reading:${readings[0].id}` : debates[0] ? `debate:${debates[0].id}` : '',
  );
  const [title, setTitle] = useState('');
  const [instructions, setInstructions] = useState('');
  const [opensAt, setOpensAt] = useState(() => localInputValue(new Date()));
  const [dueAt, setDueAt] = useState(() => localInputValue(new Date(Date.now() + 7 * 86_400_000)));
  const [hide, setHide] = useState(false);
  const [inGroups, setInGroups] = useState(false);
  const [required, setRequired] = useState('1');
  const [clientId, setClientId] = useState(newClientId);
  const [created, setCreated] = useState<string | null>(null);
  const [kind, subjectId] = subject.split(':');
  const onReading = kind === 'reading';

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await execute(
      {
        input: {
          seminarId,
          ...(onReading ? { readingId: subjectId } : { debateId: subjectId }),
          title: title.trim(),
          instructions: instructions.trim(),
          opensAt: new Date(opensAt).toISOString(),
          dueAt: new Date(dueAt).toISOString(),
          hideUntilPosted: onReading && hide,
          inGroups: onReading && inGroups,
          requiredPosts: Number(required),
          clientId,
        },
      },
      { additionalTypenames: ['Assignment'] },
    );
    if (result.data) {
      setCreated(result.data.createAssignment.title);
      setTitle('');
      setInstructions('');
      setHide(false);
      setInGroups(false);
      setClientId(newClientId());
      onCreated();
    }
  }

  if (readings.length === 0 && debates.length === 0)
    return <p className={styles.muted}>Add a reading or open a debate to assign it.</p>;
  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label="Set an assignment">
      <label className={styles.field}>
        <span className={styles.label}>What to work on</span>
        <select value={subject} onChange={(e) => setSubject(e.target.value)} className={styles.control}>
          {readings.map((r) => (
            <option key={r.id} value={`reading:${r.id}`}>
              Reading: {r.title}
            </option>
          ))}
          {debates.map((d) => (
            <option key={d.id} value={`debate:${d.id}`}>
              Debate: {d.title}
            </option>
          ))}
        </select>
      </label>
      <TextField label="Title" required maxLength={200} value={title} onChange={(e) => setTitle(e.target.value)} />
      <TextAreaField
        label="Instructions"
        rows={2}
        maxLength={5000}
        value={instructions}
        onChange={(e) => setInstructions(e.target.value)}
        hint="Optional: what to look for, what to write."
      />
      <div className={styles.dates}>
        <TextField
          label="Opens"
          type="datetime-local"
          required
          value={opensAt}
          onChange={(e) => setOpensAt(e.target.value)}
        />
        <TextField
          label="Due"
          type="datetime-local"
          required
          value={dueAt}
          onChange={(e) => setDueAt(e.target.value)}
        />
      </div>
      <TextField
        label={onReading ? 'Annotations that complete it' : 'Claims that complete it'}
        type="number"
        min={1}
        max={100}
        required
        value={required}
        onChange={(e) => setRequired(e.target.value)}
      />
      {onReading && (
        <label className={styles.check}>
          <input type="checkbox" checked={hide} onChange={(e) => setHide(e.target.checked)} />
          Hide others’ annotations until each member has posted (or the due date passes)
        </label>
      )}
      {onReading && (
        <label className={styles.check}>
          <input type="checkbox" checked={inGroups} onChange={(e) => setInGroups(e.target.checked)} />
          In groups: each member sees only their group’s posts, the leaders’ and their own (members in no group see only
          the leaders’)
        </label>
      )}
      <div className={styles.actions}>
        <Button type="submit" busy={state.fetching} busyLabel="Setting…">
          Set assignment
        </Button>
      </div>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
      {created && !state.error && <Notice tone="success">Assignment “{created}” set.</Notice>}
    </form>
  );
}
