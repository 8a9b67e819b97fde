import { EventEnvelope, readingRoom } from '@glossa/contracts';
import { useCallback } from 'react';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import styles from './CitedByList.module.css';
import { CitingClaim, useCitedBy } from './useCitedBy';
import { useDebouncedCallback } from '../../ui/useDebouncedCallback';
import { useRoomEvents } from '../../realtime/useRoomEvents';
import { Icon } from '../../ui/Icon';

const CitingDebateDocument = graphql(`
  query CitingDebate($id: ID!) {
    debate(id: $id) {
      id
      motion
      proLabel
      conLabel
    }
  }
`);

export interface CitedByListProps {
  /** The passage (annotation) whose citing claims to list. */
  annotationId: string;
  /** Its reading: when given, the list follows the reading room's `evidence.changed` events live. */
  readingId?: string;
}

/**
 * "Cited in debates": the claims that cite a passage, each with its side and a link to the claim in
 * its debate — the reading → argument half of joining the argument map to the text. Renders
 * nothing while loading or when no claim cites the passage, so a card can always mount it.
 */
export function CitedByList({ annotationId, readingId }: CitedByListProps) {
  const { claims, refetch } = useCitedBy(annotationId);
  const refresh = useDebouncedCallback(refetch, 200);
  const onEvent = useCallback(
    (event: EventEnvelope) => {
      if (event.type === 'evidence.changed' || event.type.startsWith('claim.')) refresh();
    },
    [refresh],
  );
  useRoomEvents(readingId ? [readingRoom(readingId)] : [], onEvent);

  if (!claims || claims.length === 0) return null;
  const debateIds = [...new Set(claims.map((c) => c.debateId))];
  return (
    <section
      className={styles.cited}
      aria-label={`Cited in ${claims.length} debate ${claims.length === 1 ? 'claim' : 'claims'}`}
    >
      <h4 className={styles.title}>
        <Icon name="quote" size={13} strokeWidth={1.8} /> Cited in debates
      </h4>
      {debateIds.map((debateId) => (
        <CitingDebate key={debateId} debateId={debateId} claims={claims.filter((c) => c.debateId === debateId)} />
      ))}
    </section>
  );
}

function CitingDebate({ debateId, claims }: { debateId: string; claims: CitingClaim[] }) {
  const [result] = useQuery({ query: CitingDebateDocument, variables: { id: debateId } });
  const debate = result.data?.debate;
  return (
    <div className={styles.debate}>
      <p className={styles.motion}>
        <Link to={`/debates/${debateId}`}>{debate ? shorten(debate.motion, 110) : 'A debate of the seminar'}</Link>
      </p>
      <ul className={styles.claims}>
        {claims.map((c) => {
          const side =
            c.parentId === null && debate
              ? c.stance === 'PRO'
                ? debate.proLabel
                : debate.conLabel
              : c.stance === 'PRO'
                ? 'Pro of a claim'
                : 'Con of a claim';
          return (
            <li key={c.id} className={styles.claim} data-stance={c.stance}>
              <span className={styles.side}>{side}</span>
              <Link to={`/debates/${debateId}?claim=${c.id}`} className={styles.claimLink}>
                {shorten(c.body.replace(/[*_`#>]/g, ''), 140)}
              </Link>
              <span className={styles.meta}>
                {c.author.displayName}
                {c.votes.mean !== null && ` · impact ${c.votes.mean.toFixed(1)}`}
                {c.moderation === 'PENDING' && ' · pending'}
                {c.moderation === 'HIDDEN' && ' · hidden'}
              </span>
            </li>
          );
        })}
      </ul>
    </div>
  );
}

function shorten(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text;
}
