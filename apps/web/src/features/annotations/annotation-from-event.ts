import type { EventPayload } from '@glossa/contracts';
import type { HighlightColor } from '../../gql/graphql';
import type { AnnotationRecord } from './annotation-fields';

/**
 * A new annotation as its `annotation.created` event tells it, to draw at once (issue 16: drawn
 * within 100 ms of its event) while the fetch of the API's own record is on its way. A new
 * annotation has no replies, reactions or citing claims yet. The event carries the Markdown, not
 * the API's sanitized HTML, so the body stays empty until the fetch brings the HTML: no HTML is
 * made in the browser.
 */
export function annotationFromEvent(event: EventPayload<'annotation.created'>['annotation']): AnnotationRecord {
  return {
    id: event.id,
    readingId: event.readingId,
    threadId: event.threadId,
    revisionNumber: event.revisionNumber,
    motivation: event.motivation,
    body: event.body,
    bodyHtml: '',
    tags: event.tags,
    color: event.color as HighlightColor,
    visibility: event.visibility,
    target: event.target,
    anchorStatus: event.anchorStatus,
    anchorScore: event.anchorScore,
    orphanDismissed: false,
    page: null,
    createdAt: event.createdAt,
    editedAt: event.editedAt,
    deleted: event.deleted,
    author: { id: event.authorId, displayName: event.authorName },
    replyCount: 0,
    locked: false,
    reactions: [],
    citedBy: [],
  };
}
