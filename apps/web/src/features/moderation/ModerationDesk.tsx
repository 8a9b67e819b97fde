import { EventEnvelope, moderatorsRoom, seminarRoom } from '@glossa/contracts';
import { ReactNode, useCallback, useMemo, useState } from 'react';
import { Link } from 'react-router';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { LiveIndicator } from '../../realtime/LiveIndicator';
import { useDebouncedCallback } from '../../ui/useDebouncedCallback';
import { useRoomEvents } from '../../realtime/useRoomEvents';
import { AuditLog } from './AuditLog';
import { DebateSettings } from './DebateSettings';
import styles from './ModerationDesk.module.css';
import { groupQueue } from './queue-groups';
import { QueueCard } from './QueueCard';
import { DeskSeminar, useDeskSeminar, useModerationQueue } from './useModerationDesk';

/** Events that change what waits in the queue (a new pending post or flag, or one handled). */
const QUEUE_EVENTS = new Set([
  'claim.created',
  'claim.updated',
  'claim.withdrawn',
  'flag.raised',
  'flag.closed',
  'moderation.applied',
  'content.moderated',
  'comment.created',
  'comment.updated',
  'annotation.updated',
  'annotation.deleted',
  'annotation.withdrawn',
  'comment.withdrawn',
  'comment.deleted',
]);

/** What the desk's "Open a new debate" section shows: the debates feature's form, given by the page. */
export type NewDebateSlot = (seminarId: string, readings: ReadonlyArray<{ id: string; title: string }>) => ReactNode;

/**
 * The moderation desk of a seminar, for its owners and moderators: the review queue (pending posts
 * and open flags, oldest first, each with one-click actions that ask for a reason), the audit log
 * beside it, and the settings of every debate. Live through the moderators' room.
 */
export function ModerationDesk({
  seminarId,
  notFound,
  newDebate,
}: {
  seminarId: string;
  notFound: () => ReactNode;
  newDebate: NewDebateSlot;
}) {
  const desk = useDeskSeminar(seminarId);
  const moderates = desk.seminar?.myRole === 'OWNER' || desk.seminar?.myRole === 'MODERATOR';
  if (desk.notFound) return <>{notFound()}</>;
  if (desk.error) return <Notice tone="error">{desk.error}</Notice>;
  if (!desk.seminar) return <LoadingState label="Opening the moderation desk…" />;
  if (!moderates) {
    return (
      <div className={styles.denied}>
        <PageHeading title="Moderation desk">Moderation desk</PageHeading>
        <p>
          Only the moderators and owners of {desk.seminar.name} use this desk. To ask them to look at a post, use its
          “Flag” action.
        </p>
        <p>
          <Link to="/">Back to your seminars</Link>
        </p>
      </div>
    );
  }
  return <Desk seminar={desk.seminar} refetchSeminar={desk.refetch} newDebate={newDebate} />;
}

function Desk({
  seminar,
  refetchSeminar,
  newDebate,
}: {
  seminar: DeskSeminar;
  refetchSeminar: () => void;
  newDebate: NewDebateSlot;
}) {
  const queue = useModerationQueue(seminar.id, false);
  const [logKey, setLogKey] = useState(0);
  const refreshQueue = useDebouncedCallback(queue.refetch, 150);
  const refreshLog = useDebouncedCallback(() => setLogKey((k) => k + 1), 150);
  const refreshSeminar = useDebouncedCallback(refetchSeminar, 150);

  const onEvent = useCallback(
    (event: EventEnvelope) => {
      if (QUEUE_EVENTS.has(event.type)) refreshQueue();
      if (event.type === 'moderation.applied') refreshLog();
      if (event.type === 'debate.updated' || event.type === 'debate.created') refreshSeminar();
    },
    [refreshQueue, refreshLog, refreshSeminar],
  );
  useRoomEvents([moderatorsRoom(seminar.id), seminarRoom(seminar.id)], onEvent, {
    onResync: () => {
      refreshQueue();
      refreshLog();
    },
  });

  const groups = useMemo(() => groupQueue(queue.items ?? []), [queue.items]);
  const debates = seminar.debates.edges.map((e) => e.node);
  const readings = seminar.readings.edges.map((e) => e.node);
  const debateMotion = (id: string) => debates.find((d) => d.id === id)?.motion ?? null;
  const readingTitle = (id: string) => readings.find((r) => r.id === id)?.title ?? null;
  const afterAction = () => {
    queue.refetch();
    setLogKey((k) => k + 1);
  };

  return (
    <div className={styles.desk}>
      <header className={styles.header}>
        <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
          <ol>
            <li>
              <Link to="/">Seminars</Link>
            </li>
            <li>
              <span>{seminar.name}</span>
            </li>
            <li aria-current="page">
              <span>Moderation desk</span>
            </li>
          </ol>
        </nav>
        <div className={styles.titleRow}>
          <PageHeading title={`Moderation desk · ${seminar.name}`}>Moderation desk</PageHeading>
          <LiveIndicator />
        </div>
        <p className={styles.lede}>
          Posts waiting for approval and flags raised by members, oldest first. Every action asks for a reason and goes
          to the audit log.
        </p>
      </header>

      <div className={styles.layout}>
        <div className={styles.main}>
          <section aria-labelledby="queue-title" className={styles.section}>
            <h2 id="queue-title" className={styles.sectionTitle}>
              Review queue <span className={styles.count}>{queue.items ? groups.length : '…'}</span>
            </h2>
            {queue.error && <Notice tone="error">{queue.error}</Notice>}
            {!queue.items && !queue.error && <LoadingState label="Loading the queue…" />}
            {queue.items && groups.length === 0 && (
              <div className={styles.clear}>
                <p className={styles.clearTitle}>All clear.</p>
                <p>Nothing waits for a moderator. New pending posts and flags appear here as they come in.</p>
              </div>
            )}
            <ol className={styles.queue}>
              {groups.map((g) => (
                <li key={g.key}>
                  <QueueCard
                    group={g}
                    debateMotion={debateMotion}
                    readingTitle={readingTitle}
                    onChanged={afterAction}
                  />
                </li>
              ))}
            </ol>
          </section>

          <section aria-labelledby="debates-title" className={styles.section}>
            <h2 id="debates-title" className={styles.sectionTitle}>
              Debates
            </h2>
            {debates.length === 0 && <p className={styles.muted}>No debates yet.</p>}
            <ul className={styles.debates}>
              {debates.map((d) => (
                <li key={d.id} className={styles.debate} aria-label={d.motion}>
                  <p className={styles.motion}>
                    <Link to={`/debates/${d.id}`}>{d.motion}</Link>
                  </p>
                  <DebateSettings debate={d} onChanged={afterAction} />
                </li>
              ))}
            </ul>
            <details className={styles.create}>
              <summary>Open a new debate</summary>
              <div className={styles.createBody}>
                {newDebate(seminar.id, readings)}
              </div>
            </details>
          </section>
        </div>

        {/* The log scrolls within its column once it is long: focusable, so the keyboard can scroll it (WCAG 2.1.1). */}
        <aside className={styles.aside} aria-labelledby="log-title" tabIndex={0}>
          <h2 id="log-title" className={styles.sectionTitle}>
            Audit log
          </h2>
          <p className={styles.muted}>Append-only: entries are never edited or removed.</p>
          <AuditLog seminarId={seminar.id} refreshKey={logKey} />
        </aside>
      </div>
    </div>
  );
}
