import type { Moderation } from '../../gql/graphql';
import styles from './ModerationBadge.module.css';

const WORDS: Record<Exclude<Moderation, 'VISIBLE'>, { label: string; hint: string }> = {
  PENDING: { label: 'Pending', hint: 'Waiting for a moderator: only moderators and its author see it.' },
  HIDDEN: { label: 'Hidden', hint: 'Hidden by a moderator: only moderators and its author see it.' },
  REMOVED: { label: 'Removed', hint: 'Removed by a moderator: its place stays, its text is gone.' },
};

/** A post's moderation state, for those who may see a post that is not simply visible. */
export function ModerationBadge({
  moderation,
  pinned,
  subject,
}: {
  moderation: Moderation;
  pinned?: boolean;
  subject: string;
}) {
  return (
    <>
      {pinned && (
        <span
          className={styles.badge}
          data-state="PINNED"
          title={`Pinned by a moderator: this ${subject} comes first.`}
        >
          Pinned
        </span>
      )}
      {moderation !== 'VISIBLE' && (
        <span className={styles.badge} data-state={moderation} title={WORDS[moderation].hint}>
          {WORDS[moderation].label}
        </span>
      )}
    </>
  );
}
