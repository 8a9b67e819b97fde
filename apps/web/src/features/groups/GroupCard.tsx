import { FormEvent, useState } from 'react';
import { Button } from '../../ui/Button';
import { TextField } from '../../ui/TextField';
import { MemberPlacement } from './MemberPlacement';
import type { GroupItem } from './useGroups';
import styles from './Groups.module.css';

/** One group on the leaders' Groups screen: its members (each movable), rename, delete. */
export function GroupCard({
  group,
  groups,
  onRename,
  onDelete,
  onMove,
}: {
  group: GroupItem;
  groups: readonly GroupItem[];
  onRename: (groupId: string, name: string) => Promise<boolean>;
  onDelete: (groupId: string) => void;
  onMove: (userId: string, groupId: string | null) => void;
}) {
  const [renaming, setRenaming] = useState(false);
  const [name, setName] = useState(group.name);
  const [deleting, setDeleting] = useState(false);
  const titleId = `group-title-${group.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await onRename(group.id, name)) setRenaming(false);
  }

  return (
    <section className={styles.group} aria-labelledby={titleId}>
      <h3 id={titleId} className={styles.groupTitle}>
        {group.name} <span className={styles.muted}>({group.memberCount})</span>
      </h3>
      {group.members.length === 0 ? (
        <p className={styles.muted}>Nobody yet.</p>
      ) : (
        <ul className={styles.members} aria-label={`Members of ${group.name}`}>
          {group.members.map((m) => (
            <MemberPlacement key={m.userId} member={m} groupId={group.id} groups={groups} onMove={onMove} />
          ))}
        </ul>
      )}
      {renaming ? (
        <form className={styles.row} onSubmit={(e) => void submit(e)}>
          <TextField
            label={`New name for ${group.name}`}
            value={name}
            maxLength={80}
            required
            autoFocus
            onChange={(e) => setName(e.target.value)}
          />
          <Button type="submit">Save name</Button>
          <Button variant="quiet" onClick={() => setRenaming(false)}>
            Cancel
          </Button>
        </form>
      ) : deleting ? (
        <div className={styles.confirm} role="group" aria-label={`Delete ${group.name}?`}>
          <p>Delete {group.name}? Its members will be in no group.</p>
          <div className={styles.row}>
            <Button autoFocus onClick={() => onDelete(group.id)}>
              Delete {group.name}
            </Button>
            <Button variant="quiet" onClick={() => setDeleting(false)}>
              Keep it
            </Button>
          </div>
        </div>
      ) : (
        <div className={styles.row}>
          <Button variant="secondary" onClick={() => setRenaming(true)} aria-label={`Rename ${group.name}`}>
            Rename
          </Button>
          <Button variant="quiet" onClick={() => setDeleting(true)} aria-label={`Delete ${group.name}…`}>
            Delete…
          </Button>
        </div>
      )}
    </section>
  );
}
