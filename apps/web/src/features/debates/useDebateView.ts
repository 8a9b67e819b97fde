import { useContext } from 'react';
import { DebateView, DebateViewContext } from './debate-view-context';

export function useDebateView(): DebateView {
  const view = useContext(DebateViewContext);
  if (!view) throw new Error('useDebateView must be used inside a debate page');
  return view;
}
