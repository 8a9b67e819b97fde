import { useNavigate } from 'react-router';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import { PageHeading } from '../../ui/PageHeading';
import { ShortcutSettingsForm } from '../shortcuts/ShortcutSettingsForm';
import styles from './AccountSettings.module.css';
import { DeleteAccountSection } from './DeleteAccountSection';
import { DisplayNameForm } from './DisplayNameForm';
import { EmailChangeForm } from './EmailChangeForm';
import { PasswordForm } from './PasswordForm';
import { SessionList } from './SessionList';
import { useAccount } from './useAccount';
import { useAccountActions } from './useAccountActions';

/** /account: my name, email, password, sessions and keyboard shortcuts, and closing my account (docs/accounts.md). */
export function AccountSettingsPage() {
  const state = useAccount();
  const actions = useAccountActions();
  const navigate = useNavigate();

  if (state.status === 'loading') return <LoadingState label="Opening your account…" />;
  if (state.status === 'error') return <Notice tone="error">{state.message}</Notice>;
  const { account, sessions, refresh } = state;
  return (
    <div className={styles.page}>
      <PageHeading title="Account settings">Account settings</PageHeading>
      <p className={styles.lead}>How others see you, how you sign in, and where you are signed in.</p>
      <DisplayNameForm displayName={account.displayName} onSave={actions.changeDisplayName} />
      <EmailChangeForm account={account} onRequest={actions.requestEmailChange} onRequested={refresh} />
      <PasswordForm onChange={actions.changePassword} onChanged={refresh} />
      <SessionList sessions={sessions} onEnd={actions.endSession} onEnded={refresh} />
      <ShortcutSettingsForm />
      <DeleteAccountSection
        onDelete={actions.deleteAccount}
        onDeleted={() => navigate('/sign-in?deleted=1', { replace: true })}
      />
    </div>
  );
}
