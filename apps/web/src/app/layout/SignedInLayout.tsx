import { Outlet } from 'react-router';
import { RequireViewer } from '../../features/auth/RequireViewer';
import { AppShell } from './AppShell';

export function SignedInLayout() {
  return <RequireViewer>{(viewer) => <AppShell viewer={viewer}>{<Outlet />}</AppShell>}</RequireViewer>;
}
