import { Link, useNavigate, useSearchParams } from 'react-router';
import styles from './AuthPage.module.css';
import { safeReturnPath } from '../../features/auth/safe-return-path';
import { SignInForm } from '../../features/auth/SignInForm';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next');
  return (
    <>
      <PageHeading title="Sign in" className={styles.heading}>
        Sign in
      </PageHeading>
      {params.get('deleted') === '1' && (
        <Notice tone="info">Your account is deleted and you are signed out everywhere.</Notice>
      )}
      <SignInForm onSignedIn={() => navigate(safeReturnPath(next), { replace: true })} />
      <p className={styles.forgot}>
        <Link to="/forgot-password">Forgot your password?</Link>
      </p>
      <p className={styles.switch}>
        New to Glossa? <Link to={next ? `/register?next=${encodeURIComponent(next)}` : '/register'}>Create an account</Link>
      </p>
    </>
  );
}
