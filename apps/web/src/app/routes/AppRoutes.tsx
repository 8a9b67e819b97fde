import { ComponentType, lazy, Suspense } from 'react';
import { Route, Routes } from 'react-router';
import { LoadingState } from '../../ui/LoadingState';
import { CardLayout, SignedOutLayout } from '../layout/SignedOutLayout';

/**
 * A page loaded when its route is first visited, so the sign-in page does not carry the reading
 * room, debates and the desk (docs/accessibility.md, Initial JavaScript). Pages are named exports.
 */
function page<K extends string, P = object>(load: () => Promise<Record<K, ComponentType<P>>>, name: K) {
  return lazy(() => load().then((module) => ({ default: module[name] })));
}

// The signed-in frame (top bar, search, notifications, the live connection) is not needed to sign in.
const SignedInLayout = page(() => import('../layout/SignedInLayout'), 'SignedInLayout');
const SignInPage = page(() => import('./SignInPage'), 'SignInPage');
const RegisterPage = page(() => import('./RegisterPage'), 'RegisterPage');
const ForgotPasswordPage = page(() => import('./ForgotPasswordPage'), 'ForgotPasswordPage');
const ResetPasswordPage = page(() => import('./ResetPasswordPage'), 'ResetPasswordPage');
const ConfirmEmailPage = page(() => import('./ConfirmEmailPage'), 'ConfirmEmailPage');
const DevOutboxPage = page(() => import('../../features/dev-outbox/DevOutboxPage'), 'DevOutboxPage');
const HomePage = page(() => import('./HomePage'), 'HomePage');
const ReadingPage = page(() => import('./ReadingPage'), 'ReadingPage');
const DebatePage = page(() => import('./DebatePage'), 'DebatePage');
const SeminarPage = page(() => import('./SeminarPage'), 'SeminarPage');
const ModerationDeskPage = page(() => import('./ModerationDeskPage'), 'ModerationDeskPage');
const ParticipationPage = page(() => import('../../features/leader-tools/ParticipationPage'), 'ParticipationPage');
const JoinByLinkPage = page(() => import('./JoinByLinkPage'), 'JoinByLinkPage');
const SearchPage = page(() => import('../../features/search/SearchPage'), 'SearchPage');
const AccountSettingsPage = page(() => import('../../features/account/AccountSettingsPage'), 'AccountSettingsPage');
const EmailPreferencesPage = page(() => import('../../features/email-preferences/EmailPreferencesPage'), 'EmailPreferencesPage');
const NotFoundPage = page(() => import('./NotFoundPage'), 'NotFoundPage');

/** Every client-side route; the API answers unknown paths with index.html so these load directly. */
export function AppRoutes() {
  return (
    <Suspense fallback={<LoadingState label="Opening the page…" />}>
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
          <Route
            path="/seminars/:seminarId/participation"
            element={<ParticipationPage notFound={() => <NotFoundPage what="seminar" />} />}
          />
          <Route path="/join/:inviteCode" element={<JoinByLinkPage />} />
          <Route path="/search" element={<SearchPage />} />
          <Route path="/account" element={<AccountSettingsPage />} />
          <Route path="/email-preferences" element={<EmailPreferencesPage />} />
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </Suspense>
  );
}
