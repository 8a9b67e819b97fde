import { useState } from 'react';
import { useClient, useQuery } from 'urql';
import { failedAction } from '../../graphql/action-result';
import { newClientId } from '../../graphql/client-id';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { useViewer } from '../auth/useViewer';
import { SeminarRoleDocument, StartLiveSessionDocument } from './live-documents';
import { LivePanel } from './LivePanel';
import { useRunningSession } from './useLiveSession';
import styles from './LiveSession.module.css';

const JOINED_KEY = 'glossa.live-session.joined';

interface LiveSessionBarProps {
  subjectType: 'READING' | 'DEBATE';
  subjectId: string;
}

/**
 * The session bar of a reading room or debate page: owners and moderators start a live session;
 * when one is on, members see it and join with one click, and the panel takes over from there.
 */
export function LiveSessionBar({ subjectType, subjectId }: LiveSessionBarProps) {
  const viewer = useViewer();
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : null;
  const running = useRunningSession(subjectType, subjectId);
  const [role] = useQuery({
    query: SeminarRoleDocument,
    variables: { id: running.seminarId ?? '' },
    pause: !running.seminarId,
  });
  const myRole = role.data?.seminar.myRole ?? null;
  const mayStart = myRole === 'OWNER' || myRole === 'MODERATOR';
  // Remembered for this tab, so a reload lands back in the session (its state comes from the catch-up).
  const [joined, setJoinedState] = useState<string | null>(() => sessionStorage.getItem(JOINED_KEY));
  const setJoined = (id: string | null) => {
    if (id) sessionStorage.setItem(JOINED_KEY, id);
    else sessionStorage.removeItem(JOINED_KEY);
    setJoinedState(id);
  };
  const [error, setError] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const client = useClient();

  const start = async () => {
    setStarting(true);
    const result = await client
      .mutation(StartLiveSessionDocument, { input: { subjectType, subjectId, clientId: newClientId() } })
      .toPromise();
    setStarting(false);
    if (result.data) {
      setJoined(result.data.startLiveSession.id);
      running.refresh();
    } else setError(failedAction(result.error).error);
  };

  const sessionId = running.sessionId;
  if (sessionId && joined === sessionId) {
    return <LivePanel sessionId={sessionId} viewerId={viewerId} myRole={myRole} onLeave={() => setJoined(null)} />;
  }
  return (
    <section className={styles.bar} aria-label="Live session" data-live-bar="">
      {sessionId ? (
        <>
          <span className={styles.badge}>Live</span>
          <span>A live session is on.</span>
          <Button onClick={() => setJoined(sessionId)} data-join-live="">
            Join the live session
          </Button>
        </>
      ) : mayStart ? (
        <Button variant="secondary" busy={starting} busyLabel="Starting…" onClick={() => void start()}>
          Start a live session
        </Button>
      ) : null}
      {error && <Notice tone="error">{error}</Notice>}
    </section>
  );
}
