import { ReactNode } from 'react';
import { Navigate, useSearchParams } from 'react-router';
import { LoadingState } from '../../ui/LoadingState';
import { safeReturnPath } from './safe-return-path';
import { useViewer } from './useViewer';

/** The sign-in and register pages make no sense to someone already signed in: send them on. */
export function RedirectIfSignedIn({ children }: { children: ReactNode }) {
  const state = useViewer();
  const [params] = useSearchParams();
  if (state.status === 'loading') return <LoadingState />;
  if (state.status === 'signed-in') return <Navigate to={safeReturnPath(params.get('next'))} replace />;
  return children;
}
