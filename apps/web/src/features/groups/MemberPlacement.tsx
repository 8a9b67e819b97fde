import type { GroupItem, GroupMemberItem } from './useGroups';
import styles from './Groups.module.css';

/** One member with the group they are in, changed with a named select (keyboard: arrows, then Tab away). */
export function MemberPlacement({
  member,
  groupId,
  groups,
  onMove,
}: {
  member: GroupMemberItem;
  groupId: string | null;
  groups: readonly GroupItem[];
  onMove: (userId: string, groupId: string | null) => void;
}) {
  const id = `group-of-${member.userId}`;
  return (
    <li className={styles.member}>
      <label htmlFor={id}>
        {member.displayName}
        {member.role === 'OBSERVER' && ' (observer)'}
      </label>
      <select id={id} value={groupId ?? ''} onChange={(e) => onMove(member.userId, e.target.value || null)}>
        <option value="">No group</option>
        {groups.map((g) => (
          <option key={g.id} value={g.id}>
            {g.name}
          </option>
        ))}
      </select>
    </li>
  );
}
