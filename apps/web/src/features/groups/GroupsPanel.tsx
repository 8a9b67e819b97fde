import { FormEvent, useState } from 'react';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { TextField } from '../../ui/TextField';
import { GroupCard } from './GroupCard';
import { MemberPlacement } from './MemberPlacement';
import { SplitGroupsForm } from './SplitGroupsForm';
import { GroupActionResult, useSeminarGroups } from './useGroups';
import styles from './Groups.module.css';

/**
 * The leaders' Groups screen on the seminar page (docs/small-groups.md): make, rename and delete
 * groups, move members between them, or split the seminar at random into groups of N.
 */
export function GroupsPanel({ seminarId }: { seminarId: string }) {
  const groups = useSeminarGroups(seminarId);
  const [name, setName] = useState('');
  const [clientId, setClientId] = useState(newClientId);
  const [message, setMessage] = useState<{ tone: 'error' | 'success'; text: string } | null>(null);

  /** Runs one action and says how it went; true when it worked. */
  async function report(done: GroupActionResult, success: string): Promise<boolean> {
    const error = await done;
    setMessage(error ? { tone: 'error', text: error } : { tone: 'success', text: success });
    return error === null;
  }

  async function create(event: FormEvent) {
    event.preventDefault();
    if (await report(groups.create(name, clientId), `Group “${name.trim()}” created.`)) {
      setName('');
      setClientId(newClientId());
    }
  }

  const move = (userId: string, groupId: string | null) =>
    void report(groups.move(userId, groupId), groupId ? 'Member moved.' : 'Member taken out of their group.');

  return (
    <section className={styles.panel} aria-labelledby="groups-title">
      <h2 id="groups-title" className={styles.sectionTitle}>
        Groups
      </h2>
      <p className={styles.muted}>
        On a reading set “in groups”, each member sees only their own group’s posts, the owners’ and moderators’, and
        their own. Members in no group see only the leaders’ posts and their own.
      </p>
      {groups.error && <Notice tone="error">{groups.error}</Notice>}
      {groups.groups.map((g) => (
        <GroupCard
          key={g.id}
          group={g}
          groups={groups.groups}
          onMove={move}
          onRename={(id, next) => report(groups.rename(id, next), `Group renamed “${next.trim()}”.`)}
          onDelete={(id) => void report(groups.remove(id), `Group “${g.name}” deleted.`)}
        />
      ))}
      <section className={styles.group} aria-labelledby="ungrouped-title">
        <h3 id="ungrouped-title" className={styles.groupTitle}>
          In no group
        </h3>
        {groups.ready && groups.ungrouped.length === 0 ? (
          <p className={styles.muted}>Everyone is in a group.</p>
        ) : (
          <ul className={styles.members} aria-labelledby="ungrouped-title">
            {groups.ungrouped.map((m) => (
              <MemberPlacement key={m.userId} member={m} groupId={null} groups={groups.groups} onMove={move} />
            ))}
          </ul>
        )}
      </section>
      <form className={styles.row} onSubmit={(e) => void create(e)} aria-label="Create a group">
        <TextField
          label="New group’s name"
          value={name}
          maxLength={80}
          required
          onChange={(e) => setName(e.target.value)}
        />
        <Button type="submit" variant="secondary">
          Create group
        </Button>
      </form>
      <SplitGroupsForm
        existing={groups.groups.length}
        onSplit={(size) => report(groups.split(size), `Members split at random into groups of about ${size}.`)}
      />
      <div aria-live="polite">{message && <Notice tone={message.tone}>{message.text}</Notice>}</div>
    </section>
  );
}
