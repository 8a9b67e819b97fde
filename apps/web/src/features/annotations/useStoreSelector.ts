import { useSyncExternalStore } from 'react';
import type { AnnotationStoreState } from './annotation-store';
import { useAnnotationStore } from './useAnnotationStore';

/**
 * A slice of the annotation store; the component re-renders only when that slice changes. The
 * selector must return something already in the state (a record, a map), not a new object.
 */
export function useStoreSelector<T>(selector: (state: AnnotationStoreState) => T): T {
  const store = useAnnotationStore();
  return useSyncExternalStore(store.subscribe, () => selector(store.getState()));
}
