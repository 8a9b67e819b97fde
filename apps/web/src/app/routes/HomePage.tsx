import { CreateSeminarForm } from '../../features/seminars/CreateSeminarForm';
import { JoinSeminarForm } from '../../features/seminars/JoinSeminarForm';
import { SeminarList } from '../../features/seminars/SeminarList';
import { PageHeading } from '../../ui/PageHeading';
import styles from './HomePage.module.css';

/** "My seminars": every seminar I belong to with its readings and debates, and ways to add one. */
export function HomePage() {
  return (
    <div className={styles.layout}>
      <div className={styles.main}>
        <PageHeading title="Your seminars">Your seminars</PageHeading>
        <p className={styles.lede}>Open a reading to read it with your group.</p>
        <SeminarList />
      </div>
      <aside className={styles.aside} aria-label="Join or start a seminar">
        <JoinSeminarForm />
        <CreateSeminarForm />
      </aside>
    </div>
  );
}
