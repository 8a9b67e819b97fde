import { Link, Outlet } from 'react-router';
import { RedirectIfSignedIn } from '../../features/auth/RedirectIfSignedIn';
import styles from './SignedOutLayout.module.css';

/** The sign-in and register pages: one centred card on a quiet page. */
export function SignedOutLayout() {
  return (
    <RedirectIfSignedIn>
      <CardLayout />
    </RedirectIfSignedIn>
  );
}

/** The same card, signed in or not: for pages an emailed link opens on any device (/confirm-email). */
export function CardLayout() {
  return (
    <div className={styles.page}>
      <main className={styles.main}>
        <p className={styles.brand}>
          <Link to="/sign-in" className={styles.brandLink}>
            Glossa
          </Link>
        </p>
        <p className={styles.tagline}>Read together. Annotate the passage. Argue it out.</p>
        <div className={styles.card}>
          <Outlet />
        </div>
      </main>
    </div>
  );
}
