import { useEffect, useState } from 'react';
import { clock, LocalRound, secondsLeft } from './live-state';
import { RoundComposer } from './RoundComposer';
import styles from './LiveSession.module.css';

/**
 * A round's countdown on every screen. The ticking time is not announced second by second (it
 * would drown a screen reader); the panel's RoundStatus says when the round starts and ends.
 */
export function RoundCountdown({ round, debateId }: { round: LocalRound; debateId: string | null }) {
  const [now, setNow] = useState(() => Date.now());
  const left = secondsLeft(round, now);
  useEffect(() => {
    if (left === 0) return;
    const timer = setInterval(() => setNow(Date.now()), 250);
    return () => clearInterval(timer);
  }, [left]);
  const over = left === 0;
  return (
    <section className={styles.card} aria-labelledby={`round-${round.id}`} data-live-round={round.id}>
      <h3 id={`round-${round.id}`} className={styles.cardTitle}>
        Round: {round.prompt}
      </h3>
      <p className={styles.countdown} aria-hidden="true" data-seconds-left={left}>
        {clock(left)}
      </p>
      {debateId && <RoundComposer debateId={debateId} round={round} open={!over} />}
      <p className={styles.meta}>
        {over ? 'Time is up: the round is closed.' : `Round open: ${Math.ceil(round.seconds / 60)} minutes.`}
      </p>
    </section>
  );
}
