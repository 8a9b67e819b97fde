import { readingRoom } from '@glossa/contracts';
import { LiveIndicator } from '../../realtime/LiveIndicator';
import { useLiveConnection } from '../../realtime/useLiveConnection';
import { usePresence } from '../../realtime/usePresence';
import { Avatar } from '../../ui/Avatar';
import styles from './ReadersNow.module.css';

/** How many faces the row shows before "+N". */
const SHOWN = 8;

/**
 * "Who is reading now" (docs/design.md, Reading room): a row of avatars of the members in the reading's
 * room (each once, however many tabs), beside whether this page is live or reconnecting.
 */
export function ReadersNow({ readingId, viewerId }: { readingId: string; viewerId: string | null }) {
  const present = usePresence(readingRoom(readingId));
  // While the connection is down the list would be stale: it comes back with the connection.
  const users = useLiveConnection() === 'connected' ? present : [];
  // Me last: the row is about who else is here.
  const readers = [...users.filter((u) => u.userId !== viewerId), ...users.filter((u) => u.userId === viewerId)];
  const names = readers.map((u) => (u.userId === viewerId ? `${u.displayName} (you)` : u.displayName));
  return (
    <div className={styles.row}>
      <LiveIndicator />
      {readers.length > 0 && (
        <section className={styles.readers} aria-label={`Reading now: ${names.join(', ')}`} data-readers-now="">
          <span className={styles.label}>Reading now</span>
          <ul className={styles.faces}>
            {readers.slice(0, SHOWN).map((u, i) => (
              <li key={u.userId} title={names[i]} data-reader={u.userId}>
                <Avatar id={u.userId} name={u.displayName} size="sm" />
              </li>
            ))}
            {readers.length > SHOWN && <li className={styles.more}>+{readers.length - SHOWN}</li>}
          </ul>
        </section>
      )}
    </div>
  );
}
