import { useParams } from 'react-router';
import { ModerationDesk } from '../../features/moderation/ModerationDesk';
import { NotFoundPage } from './NotFoundPage';

/** A seminar's moderation desk: review queue, audit log and debate settings (owners and moderators). */
export function ModerationDeskPage() {
  const { seminarId = '' } = useParams();
  return <ModerationDesk key={seminarId} seminarId={seminarId} notFound={() => <NotFoundPage what="seminar" />} />;
}
