import type { EventEnvelope, EventType } from '@glossa/contracts';
import { annotationFromEvent } from './annotation-from-event';
import type { AnnotationStore } from './create-annotation-store';

/**
 * How the realtime layer applies a reading room's Socket.IO events (libs/contracts events.ts) to the
 * annotation store. Events carry Markdown, not the API's sanitized HTML, and no reply counts or
 * "mine" flags, so an event about an annotation or its thread fetches that one annotation again
 * (`refreshAnnotation`: one small query), while events that carry all they change are applied as
 * they are. Another member's new annotation is drawn from its event at once, before that fetch answers. Applying an event twice, or one this reader's own mutation already applied, changes
 * nothing (the store's actions are idempotent).
 */
export interface ReadingLiveDeps {
  store: AnnotationStore;
  viewerId: string | null;
  /** Fetches the annotation (with its first replies) into the store, or removes it when it is gone. */
  refreshAnnotation: (annotationId: string) => void;
  /** Loads the reading again: its text and every annotation (after a revision re-anchored them). */
  reload: () => void;
}

function is<T extends EventType>(event: EventEnvelope, type: T): event is EventEnvelope<T> {
  return event.type === type;
}

export function applyReadingEvent(event: EventEnvelope, deps: ReadingLiveDeps): void {
  const { store } = deps;
  if (is(event, 'annotation.created')) {
    // Someone else's is drawn from the event at once; the viewer's own is drawn by their mutation's
    // answer, which also closes its composer and focuses its card (its event can arrive first).
    const { annotation } = event.payload;
    if (annotation.authorId !== deps.viewerId && !store.getState().annotations[annotation.id]) store.upsertAnnotation(annotationFromEvent(annotation));
    deps.refreshAnnotation(event.payload.annotation.id);
  } else if (is(event, 'annotation.updated')) {
    deps.refreshAnnotation(event.payload.annotation.id);
  } else if (is(event, 'annotation.deleted')) {
    // With live replies it stays, shown as deleted: the fetch says which.
    const known = store.getState().annotations[event.payload.annotationId];
    if (known && known.replyCount > 0) deps.refreshAnnotation(known.id);
    else store.removeAnnotation(event.payload.annotationId);
  } else if (is(event, 'annotation.withdrawn')) {
    // No longer visible to members (hidden, removed, deleted, made private): the event carries no
    // content; the fetch drops it, or shows what this viewer may still see (a removed placeholder,
    // the author's or a moderator's own view).
    deps.refreshAnnotation(event.payload.annotationId);
  } else if (is(event, 'comment.withdrawn')) {
    if (event.payload.subjectType === 'annotation') deps.refreshAnnotation(event.payload.subjectId);
  } else if (is(event, 'comment.created') || is(event, 'comment.updated')) {
    if (event.payload.subjectType === 'annotation') deps.refreshAnnotation(event.payload.subjectId);
  } else if (is(event, 'comment.deleted')) {
    store.markReplyDeleted(event.payload.commentId);
  } else if (is(event, 'reaction.changed')) {
    const { subjectId, counts, kind, added, userId } = event.payload;
    store.reactionChanged({ subjectId, counts, kind, added, byViewer: userId === deps.viewerId });
  } else if (is(event, 'content.moderated')) {
    // Hidden, restored, removed, pinned, its discussion locked: the fetch shows what members now see.
    const { subjectType, subjectId } = event.payload;
    if (subjectType === 'annotation') deps.refreshAnnotation(subjectId);
    if (subjectType === 'comment') {
      const state = store.getState();
      const threadId = state.replies[subjectId]?.threadId;
      const annotation = threadId ? Object.values(state.annotations).find((a) => a.threadId === threadId) : undefined;
      if (annotation) deps.refreshAnnotation(annotation.id);
    }
  } else if (is(event, 'reading.revised')) {
    deps.reload();
  }
}
