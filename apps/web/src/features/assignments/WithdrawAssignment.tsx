import { useEffect, useId, useRef, useState } from 'react';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import styles from './Assignments.module.css';

const DeleteAssignmentDocument = graphql(`
  mutation DeleteAssignment($input: DeleteAssignmentInput!) {
    deleteAssignment(input: $input) {
      id
    }
  }
`);

/** "Withdraw", asked once more before it goes: members' progress on it goes with it. */
export function WithdrawAssignment({
  assignmentId,
  title,
  onWithdrawn,
}: {
  assignmentId: string;
  title: string;
  onWithdrawn: () => void;
}) {
  const [state, execute] = useMutation(DeleteAssignmentDocument);
  const [asking, setAsking] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const id = useId();

  const asked = useRef(false);
  // Focus goes into the question when it opens, and back to "Withdraw" when it is answered "keep".
  useEffect(() => {
    if (asking) confirmRef.current?.focus();
    else if (asked.current) opener.current?.focus();
    asked.current = asking;
  }, [asking]);

  async function withdraw() {
    const result = await execute({ input: { assignmentId } }, { additionalTypenames: ['Assignment'] });
    if (result.data) onWithdrawn();
  }

  function cancel() {
    setAsking(false);
  }

  if (!asking)
    return (
      <button
        ref={opener}
        type="button"
        className={styles.linkButton}
        onClick={() => setAsking(true)}
        aria-label={`Withdraw “${title}”`}
      >
        Withdraw
      </button>
    );
  return (
    <div
      ref={confirmRef}
      tabIndex={-1}
      role="alertdialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-what`}
      className={styles.confirm}
      onKeyDown={(e) => {
        if (e.key === 'Escape') cancel();
      }}
    >
      <p id={`${id}-title`} className={styles.label}>
        Withdraw “{title}”?
      </p>
      <p id={`${id}-what`} className={styles.meta}>
        Members will no longer see it, and everyone’s progress on it goes with it. Their posts stay.
      </p>
      <div className={styles.actions}>
        <Button type="button" busy={state.fetching} busyLabel="Withdrawing…" onClick={() => void withdraw()}>
          Withdraw it
        </Button>
        <Button type="button" variant="secondary" onClick={cancel}>
          Keep it
        </Button>
      </div>
      {state.error && <Notice tone="error">{errorMessage(state.error)}</Notice>}
    </div>
  );
}
