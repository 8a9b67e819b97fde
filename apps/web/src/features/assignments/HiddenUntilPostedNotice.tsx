import { RelativeTime } from '../../ui/RelativeTime';
import { requiredWork } from './assignment-labels';
import styles from './Assignments.module.css';
import type { AssignmentItem } from './useAssignments';

/** Above the reading, while an assignment hides the others' annotations from the viewer: why, and until when. */
export function HiddenUntilPostedNotice({ assignment }: { assignment: AssignmentItem }) {
  const left = Math.max(assignment.requiredPosts - assignment.myProgress.posts, 1);
  return (
    <p className={styles.hiddenNotice} role="status">
      <strong>{assignment.title}:</strong> the others’ annotations are hidden until you post {requiredWork(left, false)}{' '}
      on this reading, or until it is due (<RelativeTime iso={assignment.myProgress.dueAt} />
      ).
    </p>
  );
}
