import { Link, useNavigate, useParams } from 'react-router';
import { useViewer } from '../../features/auth/useViewer';
import { AssignmentsPanel } from '../../features/assignments/AssignmentsPanel';
import { AddReadingPanel } from '../../features/readings/AddReadingPanel';
import { AnonymitySetting } from '../../features/anonymity/AnonymitySetting';
import { GroupsPanel } from '../../features/groups/GroupsPanel';
import { MyGroupLine } from '../../features/groups/MyGroup';
import { SeminarDetailsForm } from '../../features/seminars/SeminarDetails';
import { SeminarInvite } from '../../features/seminars/SeminarInvite';
import { SeminarMembers } from '../../features/seminars/SeminarMembers';
import { SeminarActivityList, SeminarDebates, SeminarReadings } from '../../features/seminars/SeminarOverview';
import styles from '../../features/seminars/SeminarPage.module.css';
import { roleInSentence } from '../../features/seminars/role-label';
import { useSeminarActions } from '../../features/seminars/useSeminarActions';
import { useSeminarPage } from '../../features/seminars/useSeminarPage';
import { DownloadAnnotations } from '../../features/take-out/DownloadAnnotations';
import { ImportAnnotations } from '../../features/take-out/ImportAnnotations';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { NotFoundPage } from './NotFoundPage';

/** One seminar: readings and what is new, debates, members and roles, the invitation, recent activity — live. */
export function SeminarPage() {
  const { seminarId = '' } = useParams();
  const state = useSeminarPage(seminarId);
  const actions = useSeminarActions(seminarId);
  const viewer = useViewer();
  const navigate = useNavigate();

  if (state.status === 'loading') return <LoadingState label="Opening the seminar…" />;
  if (state.status === 'not-found') return <NotFoundPage what="seminar" />;
  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
  const { seminar, lastVisit } = state;
  const viewerId = viewer.status === 'signed-in' ? viewer.viewer.id : '';
  const moderates = seminar.myRole === 'OWNER' || seminar.myRole === 'MODERATOR';
  const readings = seminar.readings.edges.map((e) => e.node);

  return (
    <div className={styles.page}>
      <nav aria-label="Breadcrumb" className={styles.breadcrumb}>
        <Link to="/">Seminars</Link> › <span aria-current="page">{seminar.name}</span>
      </nav>
      <header className={styles.header}>
        <PageHeading title={seminar.name}>{seminar.name}</PageHeading>
        <p className={styles.role}>You are {roleInSentence(seminar.myRole)}</p>
        {!moderates && <MyGroupLine seminarId={seminar.id} />}
        {seminar.description && <p className={styles.description}>{seminar.description}</p>}
        <div className={styles.row}>
          {seminar.myRole === 'OWNER' && (
            <SeminarDetailsForm name={seminar.name} description={seminar.description} onSave={actions.update} />
          )}
          {seminar.anonymous && <span className={styles.role}>Anonymous seminar: members appear to each other under pseudonyms.</span>}
          {moderates && (
            <Link to={`/seminars/${seminar.id}/moderation`} className={styles.deskLink}>
              Moderation desk
            </Link>
          )}
          <Link to={`/seminars/${seminar.id}/participation`} className={styles.deskLink}>
            {moderates ? 'Participation' : 'My participation'}
          </Link>
        </div>
        {seminar.myRole === 'OWNER' && (
          <details className={styles.settings}>
            <summary>Seminar settings</summary>
            <AnonymitySetting target={{ seminarId: seminar.id }} anonymous={seminar.anonymous} onChanged={state.reload} />
          </details>
        )}
      </header>
      <div className={styles.columns}>
        <div className={styles.mainColumn}>
          <AssignmentsPanel
            seminarId={seminar.id}
            leads={moderates}
            readings={readings}
            debates={seminar.debates.edges.map((e) => ({ id: e.node.id, title: e.node.motion }))}
          />
          <SeminarReadings seminar={seminar} lastVisit={lastVisit} />
          {moderates && <AddReadingPanel seminarId={seminar.id} />}
          <SeminarDebates seminar={seminar} />
          <SeminarActivityList seminar={seminar} />
          <DownloadAnnotations seminarId={seminar.id} readings={readings} />
          {/* Importing is annotating: members and above (the API decides; observers are refused). */}
          {seminar.myRole !== 'OBSERVER' && <ImportAnnotations seminarId={seminar.id} readings={readings} />}
        </div>
        <aside className={styles.sideColumn} aria-label="People">
          {seminar.inviteCode && (
            <SeminarInvite
              inviteCode={seminar.inviteCode}
              canRotate={seminar.myRole === 'OWNER'}
              onRotate={actions.rotateInviteCode}
            />
          )}
          {moderates && <GroupsPanel seminarId={seminar.id} />}
          <SeminarMembers
            seminar={seminar}
            viewerId={viewerId}
            actions={actions}
            onLeft={() => void navigate('/', { replace: true })}
          />
        </aside>
      </div>
    </div>
  );
}
