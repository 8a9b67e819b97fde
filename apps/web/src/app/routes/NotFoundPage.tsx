import { Link } from 'react-router';
import { PageHeading } from '../../ui/PageHeading';
import styles from './NotFoundPage.module.css';

/** Also what a non-member sees for a seminar's reading: existence is not revealed (docs/design.md, Roles). */
export function NotFoundPage({ what = 'page' }: { what?: string }) {
  return (
    <div className={styles.page}>
      <PageHeading title="Not found">This {what} is not here</PageHeading>
      <p>It may have been removed, or it belongs to a seminar you are not a member of.</p>
      <p>
        <Link to="/">Back to your seminars</Link>
      </p>
    </div>
  );
}
