import styles from './LiveIndicator.module.css';
import { useLiveConnection } from './useLiveConnection';

const WORDS = {
  idle: { label: 'Connecting…', title: 'Connecting for live updates' },
  connecting: { label: 'Connecting…', title: 'Connecting for live updates' },
  connected: { label: 'Live', title: 'Changes by others appear as they happen' },
  reconnecting: {
    label: 'Reconnecting…',
    title: 'The connection dropped; what you miss meanwhile follows once it is back',
  },
  unauthorized: { label: 'Offline', title: 'Your session has ended: sign in again for live updates' },
  closed: { label: 'Offline', title: 'Live updates are off' },
} as const;

/** Whether the page is receiving others' changes as they happen. */
export function LiveIndicator() {
  const state = useLiveConnection();
  return (
    <span className={styles.live} data-state={state} title={WORDS[state].title} role="status">
      <span className={styles.dot} aria-hidden="true" />
      {WORDS[state].label}
    </span>
  );
}
