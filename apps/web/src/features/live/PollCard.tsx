import type { LiveState } from './live-state';
import { shares } from './live-state';
import styles from './LiveSession.module.css';

interface PollCardProps {
  poll: NonNullable<LiveState['poll']>;
  /** Whether I may answer (members taking part; observers watch). */
  canAnswer: boolean;
  onAnswer: (option: number) => void;
}

/**
 * A poll with its live tally as a bar chart. Answering is a radio group (one answer, changeable while
 * open); the bars are text too ("People: 2 (67%)"), so the tally reads without seeing the bars.
 */
export function PollCard({ poll, canAnswer, onAnswer }: PollCardProps) {
  const percent = shares(poll.counts, poll.total);
  return (
    <section className={styles.card} aria-labelledby={`poll-${poll.id}`} data-live-poll={poll.id}>
      <h3 id={`poll-${poll.id}`} className={styles.cardTitle}>
        {poll.open ? 'Poll' : 'Poll (closed)'}: {poll.question}
      </h3>
      {canAnswer && poll.open && (
        <fieldset className={styles.options}>
          <legend className={styles.visuallyHidden}>Your answer</legend>
          {poll.options.map((option, index) => (
            <label key={option} className={styles.option}>
              <input
                type="radio"
                name={`poll-${poll.id}`}
                checked={poll.myAnswer === index}
                onChange={() => onAnswer(index)}
              />
              {option}
            </label>
          ))}
        </fieldset>
      )}
      <ul className={styles.bars} aria-label="Tally" data-poll-tally={poll.counts.join(',')}>
        {poll.options.map((option, index) => (
          <li key={option} className={styles.bar}>
            <span className={styles.barLabel}>
              {option}
              {poll.myAnswer === index ? ' (your answer)' : ''}: {poll.counts[index]} ({percent[index]}%)
            </span>
            <span className={styles.barTrack} aria-hidden="true">
              <span className={styles.barFill} style={{ width: `${percent[index]}%` }} />
            </span>
          </li>
        ))}
      </ul>
      <p className={styles.meta}>
        {poll.total} {poll.total === 1 ? 'answer' : 'answers'}
        {poll.anonymous ? ' · anonymous' : ''}
      </p>
    </section>
  );
}
