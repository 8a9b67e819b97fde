import { ReactNode } from 'react';
import { Link, useNavigate } from 'react-router';
import type { Viewer } from '../../features/auth/useViewer';
import { useSignOut } from '../../features/auth/useSignOut';
import { NotificationsMenu } from '../../features/notifications/NotificationsMenu';
import { HeaderSearch } from '../../features/search/HeaderSearch';
import { Avatar } from '../../ui/Avatar';
import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { ThemeToggle } from '../../ui/ThemeToggle';
import styles from './AppShell.module.css';

/** The frame of every signed-in page: a skip link, the top bar with who is signed in, the main region. */
export function AppShell({ viewer, children }: { viewer: Viewer; children: ReactNode }) {
  const { signOut, submitting, error } = useSignOut();
  const navigate = useNavigate();

  async function handleSignOut() {
    await signOut();
    await navigate('/sign-in', { replace: true });
  }

  return (
    <div className={styles.shell}>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.bar}>
        <div className={styles.barInner}>
          <Link to="/" className={styles.brand}>
            Glossa
          </Link>
          <nav aria-label="Main" className={styles.nav}>
            <Link to="/" className={styles.navLink}>
              Seminars
            </Link>
          </nav>
          <div className={styles.account}>
            <HeaderSearch />
            <NotificationsMenu />
            <Link to="/account" className={styles.viewer} title={`Account settings (${viewer.email})`}>
              <Avatar id={viewer.id} name={viewer.displayName} />
              <span className={styles.viewerName}>{viewer.displayName}</span>
              <span className={styles.visuallyHidden}>: account settings</span>
            </Link>
            <ThemeToggle />
            <Button variant="quiet" onClick={handleSignOut} busy={submitting} busyLabel="Signing out…">
              Sign out
            </Button>
          </div>
        </div>
      </header>
      {error && (
        <div className={styles.barNotice}>
          <Notice tone="error">{error}</Notice>
        </div>
      )}
      <main id="main" tabIndex={-1} className={styles.main}>
        {children}
      </main>
    </div>
  );
}
