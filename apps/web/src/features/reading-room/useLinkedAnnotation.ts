import { useEffect, useRef } from 'react';
import { useSearchParams } from 'react-router';
import type { AnnotationStore } from '../annotations/create-annotation-store';
import type { ActivateOptions } from './useActiveAnnotation';

/**
 * Follows a link to an annotation (`?annotation=<id>`) or to a reply in its thread (`?reply=<id>`),
 * e.g. from a notification: once the annotations are loaded, its card opens and takes focus.
 */
export function useLinkedAnnotation(loaded: boolean, store: AnnotationStore, activate: (id: string, options?: ActivateOptions) => void): void {
  const [searchParams] = useSearchParams();
  const linkedAnnotation = searchParams.get('annotation');
  const linkedReply = searchParams.get('reply');
  const followed = useRef<string | null>(null);
  useEffect(() => {
    if (!loaded) return;
    const key = `${linkedAnnotation}|${linkedReply}`;
    if (followed.current === key) return;
    const state = store.getState();
    const annotationId = linkedAnnotation ?? (linkedReply ? state.subjects[state.replies[linkedReply]?.threadId ?? ''] : undefined);
    if (!annotationId || !state.annotations[annotationId]) return;
    followed.current = key;
    // Wait a frame so the passages are measured and the card placed before going to it.
    requestAnimationFrame(() => activate(annotationId, { focusCard: true }));
  }, [loaded, linkedAnnotation, linkedReply, store, activate]);
}
