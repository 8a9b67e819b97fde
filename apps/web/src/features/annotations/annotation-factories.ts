import type { AnnotationRecord, ReplyRecord } from './annotation-fields';
import type { LoadedAnnotation } from './annotation-store';

/** Small record factories for the unit tests of the annotation store and its views. */
export function anAnnotation(overrides: Partial<AnnotationRecord> & { id: string }): AnnotationRecord {
  return {
    readingId: 'reading-1',
    threadId: `thread-${overrides.id}`,
    revisionNumber: 1,
    motivation: 'commenting',
    body: 'A thought',
    bodyHtml: '<p>A thought</p>',
    tags: [],
    color: 'yellow',
    visibility: 'SEMINAR',
    target: { exact: 'words', prefix: '', suffix: '', start: 0, end: 5 },
    anchorStatus: 'exact',
    anchorScore: 1,
    orphanDismissed: false,
    page: null,
    createdAt: '2026-01-01T10:00:00.000Z',
    editedAt: null,
    deleted: false,
    author: { id: 'user-ama', displayName: 'Ama Mensah' },
    replyCount: 0,
    locked: false,
    citedBy: [],
    reactions: [],
    ...overrides,
  };
}

export function aReply(overrides: Partial<ReplyRecord> & { id: string; threadId: string }): ReplyRecord {
  return {
    parentId: null,
    depth: 0,
    body: 'I agree',
    bodyHtml: '<p>I agree</p>',
    createdAt: '2026-01-01T11:00:00.000Z',
    editedAt: null,
    deleted: false,
    author: { id: 'user-ben', displayName: 'Ben Okafor' },
    reactions: [],
    ...overrides,
  };
}

export function loadedWith(annotation: AnnotationRecord, replies: ReplyRecord[] = [], hasNextPage = false): LoadedAnnotation {
  return {
    ...annotation,
    replies: { edges: replies.map((node) => ({ node })), pageInfo: { hasNextPage, endCursor: hasNextPage ? 'cursor' : null } },
  };
}
