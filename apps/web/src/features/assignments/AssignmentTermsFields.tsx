import { useState } from 'react';
import { TextAreaField, TextField } from '../../ui/TextField';
import styles from './Assignments.module.css';

/** What both the create and the edit form set, as the fields hold it. */
export interface AssignmentTerms {
  title: string;
  instructions: string;
  opensAt: string;
  dueAt: string;
  required: string;
  hide: boolean;
  /** Readings only: each member sees only their group's posts (docs/small-groups.md). */
  inGroups: boolean;
}

/** The terms' state, and how to change some of them. */
export function useAssignmentTerms(initial: () => AssignmentTerms) {
  const [terms, setTerms] = useState(initial);
  const change = (patch: Partial<AssignmentTerms>) => setTerms((current) => ({ ...current, ...patch }));
  return { terms, change };
}

/** The terms as the API's create and update inputs take them. */
export function termsInput(terms: AssignmentTerms) {
  return {
    title: terms.title.trim(),
    instructions: terms.instructions.trim(),
    opensAt: new Date(terms.opensAt).toISOString(),
    dueAt: new Date(terms.dueAt).toISOString(),
    requiredPosts: Number(terms.required),
  };
}

/** Title, instructions, opening, due date, the posts that complete it, hide-until-you-post and groups (readings). */
export function AssignmentTermsFields({
  onReading,
  terms,
  change,
}: {
  onReading: boolean;
  terms: AssignmentTerms;
  change: (patch: Partial<AssignmentTerms>) => void;
}) {
  return (
    <>
      <TextField label="Title" required maxLength={200} value={terms.title} onChange={(e) => change({ title: e.target.value })} />
      <TextAreaField
        label="Instructions"
        rows={2}
        maxLength={5000}
        value={terms.instructions}
        onChange={(e) => change({ instructions: e.target.value })}
        hint="Optional: what to look for, what to write."
      />
      <div className={styles.dates}>
        <TextField label="Opens" type="datetime-local" required value={terms.opensAt} onChange={(e) => change({ opensAt: e.target.value })} />
        <TextField label="Due" type="datetime-local" required value={terms.dueAt} onChange={(e) => change({ dueAt: e.target.value })} />
      </div>
      <TextField
        label={onReading ? 'Annotations that complete it' : 'Claims that complete it'}
        type="number"
        min={1}
        max={100}
        required
        value={terms.required}
        onChange={(e) => change({ required: e.target.value })}
      />
      {onReading && (
        <label className={styles.check}>
          <input type="checkbox" checked={terms.hide} onChange={(e) => change({ hide: e.target.checked })} />
          Hide others’ annotations until each member has posted (or the due date passes)
        </label>
      )}
      {onReading && (
        <label className={styles.check}>
          <input type="checkbox" checked={terms.inGroups} onChange={(e) => change({ inGroups: e.target.checked })} />
          In groups: each member sees only their group’s posts, the leaders’ and their own (members in no group see only
          the leaders’)
        </label>
      )}
    </>
  );
}
