import { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { Button } from '../../ui/Button';
import { LoadingState } from '../../ui/LoadingState';
import { Notice } from '../../ui/Notice';
import styles from './RequireViewer.module.css';
import { useViewer, Viewer } from './useViewer';

/** Renders its children for a signed-in person; sends anyone else to the sign-in page and back. */
export function RequireViewer({ children }: { children: (viewer: Viewer) => ReactNode }) {
  const state = useViewer();
  const location = useLocation();
  switch (state.status) {
    case 'loading':
      return <LoadingState />;
    case 'error':
      return (
        <div className={styles.problem}>
          <Notice tone="error">Glossa could not be reached. Check your connection and try again.</Notice>
          <p>
            <Button variant="secondary" onClick={state.retry}>
              Try again
            </Button>
          </p>
        </div>
      );
    case 'signed-out': {
      const next = `${location.pathname}${location.search}${location.hash}`;
      const to = next === '/' ? '/sign-in' : `/sign-in?next=${encodeURIComponent(next)}`;
      return <Navigate to={to} replace />;
    }
    case 'signed-in':
      return children(state.viewer);
  }
}
