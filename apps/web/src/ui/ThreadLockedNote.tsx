import styles from './ThreadLockedNote.module.css';

/** Said where a reply box would be when moderators locked the discussion. */
export function ThreadLockedNote() {
  return <p className={styles.locked}>A moderator locked this discussion: no new replies.</p>;
}
