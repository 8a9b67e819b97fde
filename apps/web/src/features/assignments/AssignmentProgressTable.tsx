import { FormEvent, useState } from 'react';
import { useMutation, useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { localInputValue, STATE_WORDS } from './assignment-labels';
import styles from './Assignments.module.css';

const AssignmentProgressDocument = graphql(`
  query AssignmentProgress($assignmentId: ID!) {
    assignmentProgress(assignmentId: $assignmentId) {
      userId
      displayName
      posts
      dueAt
      extendedDueAt
      state
      late
    }
  }
`);

const SetExtensionDocument = graphql(`
  mutation SetAssignmentExtension($input: SetAssignmentExtensionInput!) {
    setAssignmentExtension(input: $input) {
      userId
      dueAt
      extendedDueAt
      state
    }
  }
`);

/** Everyone's progress on one assignment (owners and moderators), with a later due date for one member. */
export function AssignmentProgressTable({ assignmentId, title }: { assignmentId: string; title: string }) {
  const [result, refetch] = useQuery({
    query: AssignmentProgressDocument,
    variables: { assignmentId },
    requestPolicy: 'network-only',
  });
  const [extension, extend] = useMutation(SetExtensionDocument);
  const [member, setMember] = useState('');
  const [dueAt, setDueAt] = useState(() => localInputValue(new Date(Date.now() + 10 * 86_400_000)));
  const rows = result.data?.assignmentProgress ?? [];

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const done = await extend({
      input: { assignmentId, userId: member || rows[0]?.userId, dueAt: new Date(dueAt).toISOString() },
    });
    if (done.data) refetch({ requestPolicy: 'network-only' });
  }

  async function takeBack(userId: string) {
    const done = await extend({ input: { assignmentId, userId, dueAt: null } });
    if (done.data) refetch({ requestPolicy: 'network-only' });
  }

  if (result.error) return <Notice tone="error">{errorMessage(result.error)}</Notice>;
  return (
    <div className={styles.progress}>
      <table className={styles.table}>
        <caption className={styles.caption}>Progress on “{title}” (counts of what each member posted)</caption>
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col">Posts</th>
            <th scope="col">State</th>
            <th scope="col">Due</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.userId}>
              <th scope="row">{row.displayName}</th>
              <td>{row.posts}</td>
              <td>{STATE_WORDS[row.state]}</td>
              <td>
                {new Date(row.dueAt).toLocaleString()}
                {row.extendedDueAt && (
                  <>
                    {' (extended) '}
                    <button
                      type="button"
                      className={styles.linkButton}
                      aria-label={`Take back ${row.displayName}’s extension`}
                      onClick={() => void takeBack(row.userId)}
                    >
                      Take back
                    </button>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length > 0 && (
        <form
          className={styles.extend}
          onSubmit={(e) => void submit(e)}
          aria-label={`Extend “${title}” for one member`}
        >
          <label className={styles.field}>
            <span className={styles.label}>Member</span>
            <select
              className={styles.control}
              value={member || rows[0].userId}
              onChange={(e) => setMember(e.target.value)}
            >
              {rows.map((row) => (
                <option key={row.userId} value={row.userId}>
                  {row.displayName}
                </option>
              ))}
            </select>
          </label>
          <label className={styles.field}>
            <span className={styles.label}>Their due date</span>
            <input
              className={styles.control}
              type="datetime-local"
              required
              value={dueAt}
              onChange={(e) => setDueAt(e.target.value)}
            />
          </label>
          <Button type="submit" variant="secondary" busy={extension.fetching} busyLabel="Extending…">
            Extend
          </Button>
        </form>
      )}
      {extension.error && <Notice tone="error">{errorMessage(extension.error)}</Notice>}
    </div>
  );
}
