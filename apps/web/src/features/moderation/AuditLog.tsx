import { useCallback, useEffect, useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql';
import { errorMessage } from '../../graphql/graphql-error';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { RelativeTime } from '../../ui/RelativeTime';
import { describeAction } from './audit-entry';
import styles from './AuditLog.module.css';

const ModerationLogDocument = graphql(`
  query ModerationLog($seminarId: ID!, $first: Int!, $after: String) {
    moderationLog(seminarId: $seminarId, first: $first, after: $after) {
      edges {
        node {
          id
          action
          subjectType
          subjectId
          reason
          moderatorName
          details
          createdAt
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);

const PAGE_SIZE = 15;

/**
 * The seminar's append-only audit log, newest first, page by page. Each page is its own query;
 * `refreshKey` (bumped by live `moderation.applied` events) reloads the first, where new entries land.
 */
export function AuditLog({ seminarId, refreshKey }: { seminarId: string; refreshKey: number }) {
  const [cursors, setCursors] = useState<Array<string | null>>([null]);
  return (
    <ol className={styles.log} aria-label="Moderation actions, newest first">
      {cursors.map((after, index) => (
        <LogPage
          key={after ?? 'first'}
          seminarId={seminarId}
          after={after}
          refreshKey={index === 0 ? refreshKey : 0}
          isFirst={index === 0}
          isLast={index === cursors.length - 1}
          onMore={(next) => setCursors((list) => [...list, next])}
        />
      ))}
    </ol>
  );
}

interface LogPageProps {
  seminarId: string;
  after: string | null;
  refreshKey: number;
  isFirst: boolean;
  isLast: boolean;
  onMore: (cursor: string) => void;
}

function LogPage({ seminarId, after, refreshKey, isFirst, isLast, onMore }: LogPageProps) {
  const context = useMemo(() => ({ additionalTypenames: ['ModerationAction'] }), []);
  const [result, reexecute] = useQuery({
    query: ModerationLogDocument,
    variables: { seminarId, first: PAGE_SIZE, after },
    context,
  });
  const reload = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  useEffect(() => {
    if (refreshKey > 0) reload();
  }, [refreshKey, reload]);

  if (!result.data) {
    if (result.error) return <Notice tone="error">{errorMessage(result.error)}</Notice>;
    return <LoadingState label="Loading the audit log…" />;
  }
  const { edges, pageInfo } = result.data.moderationLog;
  if (isFirst && edges.length === 0)
    return <li className={styles.empty}>No moderation yet. Every action, with its reason, will be recorded here.</li>;
  return (
    <>
      {edges.map(({ node }) => (
        <li key={node.id} className={styles.entry} data-action={node.action}>
          <p className={styles.what}>
            <strong>{node.moderatorName}</strong> {describeAction(node.action, node.subjectType, node.details)}
          </p>
          <p className={styles.reason}>“{node.reason}”</p>
          <p className={styles.when}>
            <RelativeTime iso={node.createdAt} />
          </p>
        </li>
      ))}
      {isLast && pageInfo.hasNextPage && pageInfo.endCursor && (
        <li className={styles.moreRow}>
          <Button variant="secondary" onClick={() => onMore(pageInfo.endCursor as string)}>
            Show older entries
          </Button>
        </li>
      )}
    </>
  );
}
