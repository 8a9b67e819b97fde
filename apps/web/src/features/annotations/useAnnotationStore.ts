import { useContext } from 'react';
import { AnnotationStoreContext } from './annotation-store-context';
import type { AnnotationStore } from './create-annotation-store';

export function useAnnotationStore(): AnnotationStore {
  const store = useContext(AnnotationStoreContext);
  if (!store) throw new Error('useAnnotationStore must be used inside a reading room (AnnotationStoreContext)');
  return store;
}
