import type { ReactionKind } from '../../gql/graphql';
import type { AnnotationRecord, ReactionRecord, ReplyRecord } from './annotation-fields';
import {
  annotationStoreReducer,
  AnnotationStoreAction,
  AnnotationStoreState,
  emptyAnnotationStore,
  LoadedAnnotation,
} from './annotation-store';

/**
 * One reading room's annotation store: the reducer's state held outside React, so that components
 * subscribe to just the slice they show (`useStoreSelector`) and the realtime layer can apply
 * events without going through a component. The methods are the store's whole write API.
 */
export interface AnnotationStore {
  getState(): AnnotationStoreState;
  subscribe(listener: () => void): () => void;
  loaded(annotations: LoadedAnnotation[]): void;
  upsertAnnotation(annotation: AnnotationRecord): void;
  removeAnnotation(id: string): void;
  upsertReply(reply: ReplyRecord): void;
  markReplyDeleted(replyId: string): void;
  repliesPage(threadId: string, replies: ReplyRecord[], hasMore: boolean, endCursor: string | null): void;
  setReactions(subjectId: string, reactions: ReactionRecord[]): void;
  reactionChanged(change: {
    subjectId: string;
    counts: Partial<Record<ReactionKind, number>>;
    kind: ReactionKind;
    added: boolean;
    byViewer: boolean;
  }): void;
}

export function createAnnotationStore(initial: AnnotationStoreState = emptyAnnotationStore): AnnotationStore {
  let state = initial;
  const listeners = new Set<() => void>();
  const dispatch = (action: AnnotationStoreAction) => {
    const next = annotationStoreReducer(state, action);
    if (next === state) return;
    state = next;
    for (const listener of [...listeners]) listener();
  };
  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    loaded: (annotations) => dispatch({ type: 'loaded', annotations }),
    upsertAnnotation: (annotation) => dispatch({ type: 'upsertAnnotation', annotation }),
    removeAnnotation: (id) => dispatch({ type: 'removeAnnotation', id }),
    upsertReply: (reply) => dispatch({ type: 'upsertReply', reply }),
    markReplyDeleted: (replyId) => dispatch({ type: 'markReplyDeleted', replyId }),
    repliesPage: (threadId, replies, hasMore, endCursor) => dispatch({ type: 'repliesPage', threadId, replies, hasMore, endCursor }),
    setReactions: (subjectId, reactions) => dispatch({ type: 'setReactions', subjectId, reactions }),
    reactionChanged: (change) => dispatch({ type: 'reactionChanged', ...change }),
  };
}
