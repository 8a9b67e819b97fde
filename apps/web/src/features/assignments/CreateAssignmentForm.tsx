import { FormEvent, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { newClientId } from '../../graphql/client-id';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { localInputValue } from './assignment-labels';
import { AssignmentTermsFields, termsInput, useAssignmentTerms } from './AssignmentTermsFields';
import styles from './Assignments.module.css';
import { PassageRange, PassageRangeField } from './PassageRangeField';

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
  const { terms, change } = useAssignmentTerms(() => ({
    title: '',
    instructions: '',
    opensAt: localInputValue(new Date()),
    dueAt: localInputValue(new Date(Date.now() + 7 * 86_400_000)),
    required: '1',
    hide: false,
    inGroups: false,
  }));
  const [range, setRange] = useState<PassageRange | null>(null);
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
          ...(onReading ? { readingId: subjectId, ...range } : { debateId: subjectId }),
          ...termsInput(terms),
          hideUntilPosted: onReading && terms.hide,
          inGroups: onReading && terms.inGroups,
          clientId,
        },
      },
      { additionalTypenames: ['Assignment'] },
    );
    if (result.data) {
      setCreated(result.data.createAssignment.title);
      change({ title: '', instructions: '', hide: false, inGroups: false });
      setRange(null);
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
        <select
          value={subject}
          onChange={(e) => {
            setSubject(e.target.value);
            setRange(null);
          }}
          className={styles.control}
        >
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
      {onReading && <PassageRangeField key={subjectId} readingId={subjectId} value={range} onChange={setRange} />}
      <AssignmentTermsFields onReading={onReading} terms={terms} change={change} />
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
