import { Link, useNavigate, useSearchParams } from 'react-router';
import styles from './AuthPage.module.css';
import { RegisterForm } from '../../features/auth/RegisterForm';
import { safeReturnPath } from '../../features/auth/safe-return-path';
import { PageHeading } from '../../ui/PageHeading';

export function RegisterPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const next = params.get('next');
  return (
    <>
      <PageHeading title="Create an account" className={styles.heading}>
        Create an account
      </PageHeading>
      <RegisterForm onRegistered={() => navigate(safeReturnPath(next), { replace: true })} />
      <p className={styles.switch}>
        Already have an account? <Link to={next ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in'}>Sign in</Link>
      </p>
    </>
  );
}
