import styles from './LoadingState.module.css';

/** A calm placeholder while data loads, announced once to assistive technology. */
export function LoadingState({ label = 'Loading…' }: { label?: string }) {
  return (
    <p className={styles.loading} role="status" aria-live="polite">
      {label}
    </p>
  );
}
