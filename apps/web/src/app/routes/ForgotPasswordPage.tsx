import { Link } from 'react-router';
import styles from './AuthPage.module.css';
import { ForgotPasswordForm } from '../../features/auth/ForgotPasswordForm';
import { PageHeading } from '../../ui/PageHeading';

export function ForgotPasswordPage() {
  return (
    <>
      <PageHeading title="Forgot your password?" className={styles.heading}>
        Forgot your password?
      </PageHeading>
      <ForgotPasswordForm />
      <p className={styles.switch}>
        Remembered it? <Link to="/sign-in">Sign in</Link>
      </p>
    </>
  );
}
