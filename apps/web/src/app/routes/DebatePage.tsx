import { useParams } from 'react-router';
import { useViewer } from '../../features/auth/useViewer';
import { DebateView } from '../../features/debates/DebateView';
import { LiveSessionBar } from '../../features/live/LiveSessionBar';
import { LiveStageProvider } from '../../features/live/LiveStageProvider';
import { NotFoundPage } from './NotFoundPage';

/** A debate: the motion, its pros and cons side by side, drill-in, votes, evidence and threads, live. */
export function DebatePage() {
  const { debateId = '' } = useParams();
  const viewer = useViewer();
  if (viewer.status !== 'signed-in') return null;
  return (
    <LiveStageProvider key={debateId}>
      <LiveSessionBar key={`live-${debateId}`} subjectType="DEBATE" subjectId={debateId} />
      <DebateView
        key={debateId}
        debateId={debateId}
        viewer={viewer.viewer}
        notFound={() => <NotFoundPage what="debate" />}
      />
    </LiveStageProvider>
  );
}
