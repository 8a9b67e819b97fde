import { useParams } from 'react-router';
import { CreateDebateForm } from '../../features/debates/CreateDebateForm';
import { ModerationDesk } from '../../features/moderation/ModerationDesk';
import { NotFoundPage } from './NotFoundPage';

/**
 * A seminar's moderation desk: review queue, audit log and debate settings (owners and moderators).
 * The page hands the desk the debates feature's form, so moderation does not depend on debates.
 */
export function ModerationDeskPage() {
  const { seminarId = '' } = useParams();
  return (
    <ModerationDesk
      key={seminarId}
      seminarId={seminarId}
      notFound={() => <NotFoundPage what="seminar" />}
      newDebate={(id, readings) => <CreateDebateForm seminarId={id} readings={readings} />}
    />
  );
}
