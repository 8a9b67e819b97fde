import { useEffect, useState } from 'react';
import { useEndNotice } from '../../ui/useEndNotice';
import type { LocalRound } from './live-state';
import styles from './LiveSession.module.css';

/**
 * The polite live region of a session's rounds (issue 16): says a round has started and when it
 * ends — its time up on this screen, or closed by the facilitator or the session's end, whichever
 * comes first. It stays on the panel while the round's card comes and goes, so the end is heard
 * even when the closed round's card is gone.
 */
export function RoundStatus({ round }: { round: LocalRound | null }) {
  const [now, setNow] = useState(() => Date.now());
  const deadline = round?.open ? round.deadline : null;
  useEffect(() => {
    if (deadline === null) return;
    const wait = deadline - Date.now();
    if (wait <= 0) return;
    const timer = setTimeout(() => setNow(Date.now()), wait + 20);
    return () => clearTimeout(timer);
  }, [deadline]);
  const running = deadline !== null && Math.max(now, Date.now()) < deadline;
  const ended = useEndNotice(running, round ? `Round closed: “${round.prompt}”.` : '');
  const minutes = round ? Math.ceil(round.seconds / 60) : 0;
  const message = running && round ? `Round open: “${round.prompt}”, ${minutes} ${minutes === 1 ? 'minute' : 'minutes'}.` : ended;
  return (
    <p role="status" aria-live="polite" className={styles.visuallyHidden}>
      {message}
    </p>
  );
}
