import { Link, useSearchParams } from 'react-router';
import styles from './AuthPage.module.css';
import { ResetPasswordForm } from '../../features/auth/ResetPasswordForm';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';

/** Where an emailed reset link lands: /reset-password?token=… */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  return (
    <>
      <PageHeading title="Choose a new password" className={styles.heading}>
        Choose a new password
      </PageHeading>
      {token ? (
        <ResetPasswordForm token={token} />
      ) : (
        <Notice tone="error">
          This page needs the link from your email. <Link to="/forgot-password">Ask for a reset link</Link>
        </Notice>
      )}
      <p className={styles.switch}>
        <Link to="/sign-in">Back to sign in</Link>
      </p>
    </>
  );
}
