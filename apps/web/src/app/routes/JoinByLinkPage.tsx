import { useEffect, useRef } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { useJoinSeminar } from '../../features/seminars/useJoinSeminar';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';

/**
 * An invitation link (`/join/<code>`). Signed out, the layout sends the person to sign in or
 * register with this path as `next`, so they come back here; then they join and land in the seminar.
 */
export function JoinByLinkPage() {
  const { inviteCode = '' } = useParams();
  const { join, error } = useJoinSeminar();
  const navigate = useNavigate();
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    void join(inviteCode).then((seminar) => {
      if (seminar) void navigate(`/seminars/${seminar.id}`, { replace: true });
    });
  }, [inviteCode, join, navigate]);

  if (!error) return <LoadingState label="Joining the seminar…" />;
  return (
    <>
      <PageHeading title="Invitation">This invitation did not work</PageHeading>
      <Notice tone="error">{error}</Notice>
      <p>
        <Link to="/">Back to your seminars</Link>, where you can also type an invite code.
      </p>
    </>
  );
}
