import { Route, Routes } from 'react-router';
import { AccountSettingsPage } from '../../features/account/AccountSettingsPage';
import { SignedInLayout } from '../layout/SignedInLayout';
import { CardLayout, SignedOutLayout } from '../layout/SignedOutLayout';
import { ConfirmEmailPage } from './ConfirmEmailPage';
import { DebatePage } from './DebatePage';
import { HomePage } from './HomePage';
import { JoinByLinkPage } from './JoinByLinkPage';
import { ModerationDeskPage } from './ModerationDeskPage';
import { NotFoundPage } from './NotFoundPage';
import { ReadingPage } from './ReadingPage';
import { RegisterPage } from './RegisterPage';
import { SeminarPage } from './SeminarPage';
import { SearchPage } from '../../features/search/SearchPage';
import { SignInPage } from './SignInPage';
import { ForgotPasswordPage } from './ForgotPasswordPage';
import { ResetPasswordPage } from './ResetPasswordPage';
import { ParticipationPage } from '../../features/leader-tools/ParticipationPage';
import { DevOutboxPage } from '../../features/dev-outbox/DevOutboxPage';
import { EmailPreferencesPage } from '../../features/email-preferences/EmailPreferencesPage';

/** Every client-side route; the API answers unknown paths with index.html so these load directly. */
export function AppRoutes() {
  return (
    <Routes>
      <Route element={<SignedOutLayout />}>
        <Route path="/sign-in" element={<SignInPage />} />
        <Route path="/register" element={<RegisterPage />} />
        <Route path="/forgot-password" element={<ForgotPasswordPage />} />
        <Route path="/reset-password" element={<ResetPasswordPage />} />
      </Route>
      <Route element={<CardLayout />}>
        <Route path="/confirm-email" element={<ConfirmEmailPage />} />
      </Route>
      <Route path="/dev/outbox" element={<DevOutboxPage />} />
      <Route element={<SignedInLayout />}>
        <Route index element={<HomePage />} />
        <Route path="/readings/:readingId" element={<ReadingPage />} />
        <Route path="/debates/:debateId" element={<DebatePage />} />
        <Route path="/seminars/:seminarId" element={<SeminarPage />} />
        <Route path="/seminars/:seminarId/moderation" element={<ModerationDeskPage />} />
        <Route path="/seminars/:seminarId/participation" element={<ParticipationPage notFound={() => <NotFoundPage what="seminar" />} />} />
        <Route path="/join/:inviteCode" element={<JoinByLinkPage />} />
        <Route path="/search" element={<SearchPage />} />
        <Route path="/account" element={<AccountSettingsPage />} />
        <Route path="/email-preferences" element={<EmailPreferencesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
