import { Link } from 'react-router';
import { graphql } from '../../gql';
import type { DebateStatus, DebateSummaryFieldsFragment } from '../../gql/graphql';
import styles from './DebateSummary.module.css';

export const DebateSummaryFields = graphql(`
  fragment DebateSummaryFields on Debate {
    id
    motion
    proLabel
    conLabel
    status
  }
`);

const STATUS_LABELS: Record<DebateStatus, string> = { OPEN: 'Open', LOCKED: 'Locked', ARCHIVED: 'Archived' };

/** A debate as a line in a list: its motion (a link to the debate), its two sides and whether it is open. */
export function DebateSummary({ debate }: { debate: DebateSummaryFieldsFragment }) {
  return (
    <div className={styles.debate}>
      <p className={styles.motion}>
        <Link to={`/debates/${debate.id}`} className={styles.motionLink}>
          {debate.motion}
        </Link>
      </p>
      <p className={styles.meta}>
        <span className={styles.side} data-side="pro">
          {debate.proLabel}
        </span>
        <span className={styles.versus}>vs</span>
        <span className={styles.side} data-side="con">
          {debate.conLabel}
        </span>
        <span className={styles.status} data-status={debate.status}>
          {STATUS_LABELS[debate.status]}
        </span>
      </p>
    </div>
  );
}
