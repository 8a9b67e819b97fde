import { useAssignments } from '../assignments/useAssignments';
import styles from './Groups.module.css';
import { useMyGroup } from './MyGroup';

/**
 * Above a reading set in groups, for members: whose posts they see, and that others' new posts
 * appear on reload (members are not in the reading's live room then: docs/small-groups.md).
 */
export function ReadingInGroupsNotice({
  seminarId,
  readingId,
  leads,
}: {
  seminarId: string;
  readingId: string;
  leads: boolean;
}) {
  const { assignments } = useAssignments(seminarId, readingId);
  const { group, ready } = useMyGroup(seminarId);
  const inGroups = assignments.find((a) => a.inGroups && a.readingId === readingId);
  if (leads || !inGroups || !ready) return null;
  return (
    <p className={styles.readingNotice} role="status">
      <strong>{inGroups.title}:</strong> this reading is discussed in groups.{' '}
      {group
        ? `You see ${group.name}’s posts, the owners’ and moderators’, and your own.`
        : 'You are in no group, so you see the owners’ and moderators’ posts and your own.'}{' '}
      New posts appear when you reload.
    </p>
  );
}
