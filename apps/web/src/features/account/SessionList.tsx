import { useState } from 'react';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import styles from './AccountSettings.module.css';
import { deviceLabel } from './device-label';
import type { AccountSession } from './useAccount';
import type { AccountActions } from './useAccountActions';

/** Where I am signed in; any other session can be signed out from here (its open pages disconnect). */
export function SessionList({
  sessions,
  onEnd,
  onEnded,
}: {
  sessions: AccountSession[];
  onEnd: AccountActions['endSession'];
  onEnded: () => void;
}) {
  const [ending, setEnding] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);

  async function end(session: AccountSession) {
    setEnding(session.id);
    const result = await onEnd(session.id);
    setEnding(null);
    setOutcome(
      result.ok
        ? { tone: 'success', text: `${deviceLabel(session.userAgent)} is signed out.` }
        : { tone: 'error', text: result.error },
    );
    if (result.ok) onEnded();
  }

  return (
    <section className={styles.panel} aria-labelledby="account-sessions-title">
      <h2 id="account-sessions-title" className={styles.title}>
        Where you are signed in
      </h2>
      <ul className={styles.sessions} aria-label="Sessions">
        {sessions.map((session) => {
          const device = deviceLabel(session.userAgent);
          return (
            <li key={session.id} className={styles.session}>
              <div>
                <p className={styles.sessionName}>
                  {device}
                  {session.current && <span className={styles.thisDevice}>This device</span>}
                </p>
                <p className={styles.muted}>
                  {session.address ? `From ${session.address.replace(/^::ffff:/, '')} · ` : ''}
                  <RelativeTime iso={session.lastSeenAt ?? session.createdAt} prefix="Last active " />
                </p>
              </div>
              {!session.current && (
                <Button
                  variant="secondary"
                  aria-label={`Sign out ${device}`}
                  busy={ending === session.id}
                  busyLabel="Signing out…"
                  onClick={() => end(session)}
                >
                  Sign out
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {outcome && <Notice tone={outcome.tone}>{outcome.text}</Notice>}
    </section>
  );
}
