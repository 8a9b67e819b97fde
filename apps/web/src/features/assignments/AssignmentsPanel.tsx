import { useState } from 'react';
import { Link } from 'react-router';
import { InGroupsNote } from '../groups/MyGroup';
import { RelativeTime } from '../../ui/RelativeTime';
import { requiredWork, STATE_WORDS } from './assignment-labels';
import { AssignmentProgressTable } from './AssignmentProgressTable';
import styles from './Assignments.module.css';
import { AssignedRange } from './AssignedRange';
import { CreateAssignmentForm } from './CreateAssignmentForm';
import { EditAssignmentForm } from './EditAssignmentForm';
import { WithdrawAssignment } from './WithdrawAssignment';
import { useAssignments } from './useAssignments';

interface Subject {
  id: string;
  title: string;
}

/**
 * The seminar page's assignments: what is due (soonest first) and what the viewer has done; for
 * owners and moderators, the form to set one and everyone's progress (docs/assignments.md).
 */
export function AssignmentsPanel({
  seminarId,
  leads,
  readings,
  debates,
}: {
  seminarId: string;
  leads: boolean;
  readings: readonly Subject[];
  debates: readonly Subject[];
}) {
  const { assignments, error, reload } = useAssignments(seminarId);
  const [open, setOpen] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const titles = new Map([...readings, ...debates].map((s) => [s.id, s.title]));

  return (
    <section className={styles.panel} aria-labelledby="assignments-title">
      <h2 id="assignments-title" className={styles.sectionTitle}>
        Assignments
      </h2>
      {error && <p className={styles.muted}>The assignments could not be loaded.</p>}
      {assignments.length === 0 ? (
        <p className={styles.muted}>Nothing is due.</p>
      ) : (
        <ol className={styles.list}>
          {assignments.map((a) => {
            const subject = a.readingId ?? a.debateId ?? '';
            const to = a.readingId ? `/readings/${a.readingId}` : `/debates/${a.debateId}`;
            const mine = a.myProgress;
            return (
              <li key={a.id} className={styles.item}>
                <div className={styles.itemHead}>
                  <strong>{a.title}</strong>
                  {!leads && (
                    <span className={styles.state} data-state={mine.state}>
                      {STATE_WORDS[mine.state]}
                    </span>
                  )}
                </div>
                <p className={styles.meta}>
                  <Link to={to}>{titles.get(subject) ?? 'Open it'}</Link> ·{' '}
                  {a.readingId && a.rangeStart != null && a.rangeEnd != null && (
                    <>
                      <AssignedRange readingId={a.readingId} start={a.rangeStart} end={a.rangeEnd} /> ·{' '}
                    </>
                  )}
                  {requiredWork(a.requiredPosts, Boolean(a.debateId))} · due <RelativeTime iso={mine.dueAt} />
                  {mine.extendedDueAt && ' (your extension)'}
                  {a.hideUntilPosted && ' · others’ annotations hidden until you post'}
                  {a.inGroups && <InGroupsNote seminarId={seminarId} leads={leads} />}
                </p>
                {a.instructions && <p className={styles.instructions}>{a.instructions}</p>}
                {!leads && (
                  <p className={styles.meta}>
                    You have posted {requiredWork(mine.posts, Boolean(a.debateId))}
                    {mine.late && ', after your due date'}.
                  </p>
                )}
                {leads && (
                  <div className={styles.actions}>
                    <button
                      type="button"
                      className={styles.linkButton}
                      aria-expanded={open === a.id}
                      onClick={() => setOpen(open === a.id ? null : a.id)}
                    >
                      {open === a.id ? 'Hide progress' : 'Progress and extensions'}
                    </button>
                    <button
                      type="button"
                      className={styles.linkButton}
                      aria-expanded={editing === a.id}
                      aria-label={`Edit “${a.title}”`}
                      onClick={() => setEditing(editing === a.id ? null : a.id)}
                    >
                      Edit
                    </button>
                    <WithdrawAssignment assignmentId={a.id} title={a.title} onWithdrawn={reload} />
                  </div>
                )}
                {leads && editing === a.id && (
                  <EditAssignmentForm
                    assignment={a}
                    onDone={(saved) => {
                      setEditing(null);
                      if (saved) reload();
                    }}
                  />
                )}
                {leads && open === a.id && <AssignmentProgressTable assignmentId={a.id} title={a.title} />}
              </li>
            );
          })}
        </ol>
      )}
      {leads && (
        <details className={styles.create}>
          <summary>Set an assignment</summary>
          <CreateAssignmentForm seminarId={seminarId} readings={readings} debates={debates} onCreated={reload} />
        </details>
      )}
    </section>
  );
}
