import { createContext } from 'react';
import type { AnnotationStore } from './create-annotation-store';

/** The annotation store of the reading room being shown. */
export const AnnotationStoreContext = createContext<AnnotationStore | null>(null);
