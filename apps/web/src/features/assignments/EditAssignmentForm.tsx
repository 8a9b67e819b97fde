import { FormEvent } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { localInputValue } from './assignment-labels';
import { AssignmentTermsFields, termsInput, useAssignmentTerms } from './AssignmentTermsFields';
import styles from './Assignments.module.css';
import type { AssignmentItem } from './useAssignments';

const UpdateAssignmentDocument = graphql(`
  mutation UpdateAssignment($input: UpdateAssignmentInput!) {
    updateAssignment(input: $input) {
      id
      title
      instructions
      opensAt
      dueAt
      hideUntilPosted
      inGroups
      requiredPosts
    }
  }
`);

/** Owners and moderators change an assignment: its words, opening, due date, hide-until-you-post and groups. */
export function EditAssignmentForm({
  assignment,
  onDone,
}: {
  assignment: AssignmentItem;
  onDone: (saved: boolean) => void;
}) {
  const [state, execute] = useMutation(UpdateAssignmentDocument);
  const onReading = Boolean(assignment.readingId);
  const { terms, change } = useAssignmentTerms(() => ({
    title: assignment.title,
    instructions: assignment.instructions,
    opensAt: localInputValue(new Date(assignment.opensAt)),
    dueAt: localInputValue(new Date(assignment.dueAt)),
    required: String(assignment.requiredPosts),
    hide: assignment.hideUntilPosted,
    inGroups: assignment.inGroups,
  }));

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const result = await execute(
      {
        input: {
          assignmentId: assignment.id,
          ...termsInput(terms),
          ...(onReading ? { hideUntilPosted: terms.hide, inGroups: terms.inGroups } : {}),
        },
      },
      { additionalTypenames: ['Assignment'] },
    );
    if (result.data) onDone(true);
  }

  return (
    <form className={styles.form} onSubmit={(e) => void submit(e)} aria-label={`Edit “${assignment.title}”`}>
      <AssignmentTermsFields onReading={onReading} terms={terms} change={change} />
      <div className={styles.actions}>
        <Button type="submit" busy={state.fetching} busyLabel="Saving…">
          Save changes
        </Button>
        <Button type="button" variant="secondary" onClick={() => onDone(false)}>
          Cancel
        </Button>
      </div>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
    </form>
  );
}
