import type { EventEnvelope, EventPayload, EventType } from '@glossa/contracts';
import { aReply, anAnnotation, loadedWith } from './annotation-factories';
import { createAnnotationStore } from './create-annotation-store';
import { applyReadingEvent } from './reading-live-events';

const ids = {
  reading: '11111111-1111-4111-8111-111111111111',
  seminar: '22222222-2222-4222-8222-222222222222',
  viewer: '33333333-3333-4333-8333-333333333333',
  other: '44444444-4444-4444-8444-444444444444',
};

function envelope<T extends EventType>(type: T, payload: EventPayload<T>): EventEnvelope {
  return { room: `reading:${ids.reading}`, seq: 1, type, payload, actorId: ids.other, at: '2026-01-01T10:00:00.000Z' } as EventEnvelope;
}

function setup() {
  const store = createAnnotationStore();
  const a = anAnnotation({ id: 'a', replyCount: 1, reactions: [] });
  store.loaded([loadedWith(a, [aReply({ id: 'r1', threadId: a.threadId })]), loadedWith(anAnnotation({ id: 'b' }))]);
  const refreshed: string[] = [];
  let reloads = 0;
  const deps = { store, viewerId: ids.viewer, refreshAnnotation: (id: string) => refreshed.push(id), reload: () => (reloads += 1) };
  return { store, deps, refreshed, reloads: () => reloads };
}

describe('applyReadingEvent', () => {
  it('fetches an annotation created or updated elsewhere (events carry Markdown, not the safe HTML)', () => {
    const { deps, refreshed } = setup();
    const annotation = { id: 'c' } as EventPayload<'annotation.created'>['annotation'];
    applyReadingEvent(envelope('annotation.updated', { annotation }), deps);
    expect(refreshed).toEqual(['c']);
  });

  it('draws an annotation created elsewhere from its event at once, without its body until the fetch brings the HTML', () => {
    const { store, deps, refreshed } = setup();
    const annotation: EventPayload<'annotation.created'>['annotation'] = {
      id: 'c',
      seminarId: ids.seminar,
      readingId: ids.reading,
      threadId: 'thread-c',
      revisionNumber: 1,
      authorId: ids.other,
      authorName: 'Ben Carter',
      motivation: 'questioning',
      body: 'Why *now*?',
      tags: ['r2p'],
      color: 'blue',
      visibility: 'SEMINAR',
      target: { exact: 'words', prefix: '', suffix: '', start: 10, end: 15 },
      anchorStatus: 'exact',
      anchorScore: 1,
      createdAt: '2026-01-01T10:00:00.000Z',
      editedAt: null,
      deleted: false,
    };
    applyReadingEvent(envelope('annotation.created', { annotation }), deps);
    expect(store.getState().annotations['c']).toMatchObject({
      motivation: 'questioning',
      color: 'blue',
      bodyHtml: '',
      author: { id: ids.other, displayName: 'Ben Carter' },
      target: { start: 10, end: 15 },
      replyCount: 0,
    });
    expect(refreshed).toEqual(['c']);
    // Already in the store (applied before): left as it is, still fetched.
    const known = store.getState().annotations['a'];
    applyReadingEvent(envelope('annotation.created', { annotation: { ...annotation, id: 'a' } }), deps);
    expect(store.getState().annotations['a']).toBe(known);
    // The viewer's own (its event may beat the mutation's answer, which draws it and focuses its card): fetched only.
    applyReadingEvent(envelope('annotation.created', { annotation: { ...annotation, id: 'mine', authorId: ids.viewer } }), deps);
    expect(store.getState().annotations['mine']).toBeUndefined();
    expect(refreshed).toEqual(['c', 'a', 'mine']);
  });

  it('removes a deleted annotation, but fetches one whose thread keeps it as "deleted"', () => {
    const { store, deps, refreshed } = setup();
    applyReadingEvent(envelope('annotation.deleted', { annotationId: 'b', readingId: ids.reading, seminarId: ids.seminar }), deps);
    applyReadingEvent(envelope('annotation.deleted', { annotationId: 'a', readingId: ids.reading, seminarId: ids.seminar }), deps);
    expect(Object.keys(store.getState().annotations)).toEqual(['a']);
    expect(refreshed).toEqual(['a']);
  });

  it('fetches again an annotation or reply withdrawn from members, whose event carries no content', () => {
    const { deps, refreshed } = setup();
    applyReadingEvent(envelope('annotation.withdrawn', { annotationId: 'b', readingId: ids.reading, seminarId: ids.seminar, reason: 'HIDDEN' }), deps);
    applyReadingEvent(envelope('comment.withdrawn', { commentId: 'r1', threadId: 'thread-a', subjectType: 'annotation', subjectId: 'a', reason: 'REMOVED' }), deps);
    expect(refreshed).toEqual(['b', 'a']);
  });

  it('marks a deleted reply and refreshes the thread of a new one', () => {
    const { store, deps, refreshed } = setup();
    applyReadingEvent(envelope('comment.deleted', { commentId: 'r1', threadId: 'thread-a', subjectType: 'annotation', subjectId: 'a' }), deps);
    expect(store.getState().replies['r1'].deleted).toBe(true);
    const comment = { id: 'r2' } as EventPayload<'comment.created'>['comment'];
    applyReadingEvent(envelope('comment.created', { comment, subjectType: 'annotation', subjectId: 'a' }), deps);
    expect(refreshed).toEqual(['a']);
  });

  it('applies reaction counts, and "mine" only for the viewer\'s own reaction', () => {
    const { store, deps } = setup();
    applyReadingEvent(envelope('reaction.changed', { subjectType: 'annotation', subjectId: 'a', userId: ids.other, kind: 'AGREE', added: true, counts: { AGREE: 1, DISAGREE: 0, INSIGHTFUL: 0, SAME_QUESTION: 0 } }), deps);
    applyReadingEvent(envelope('reaction.changed', { subjectType: 'annotation', subjectId: 'a', userId: ids.viewer, kind: 'INSIGHTFUL', added: true, counts: { AGREE: 1, DISAGREE: 0, INSIGHTFUL: 1, SAME_QUESTION: 0 } }), deps);
    expect(store.getState().annotations['a'].reactions).toEqual([
      { kind: 'AGREE', count: 1, mine: false },
      { kind: 'INSIGHTFUL', count: 1, mine: true },
    ]);
  });

  it('fetches an annotation again when moderators act on it or on a reply in its thread (hidden, locked…)', () => {
    const { deps, refreshed } = setup();
    applyReadingEvent(envelope('content.moderated', { subjectType: 'annotation', subjectId: 'b', moderation: 'VISIBLE', locked: true }), deps);
    applyReadingEvent(envelope('content.moderated', { subjectType: 'comment', subjectId: 'r1', moderation: 'HIDDEN' }), deps);
    applyReadingEvent(envelope('content.moderated', { subjectType: 'comment', subjectId: 'unknown', moderation: 'HIDDEN' }), deps);
    expect(refreshed).toEqual(['b', 'a']);
  });

  it('reloads the reading when it is revised', () => {
    const { deps, reloads } = setup();
    applyReadingEvent(envelope('reading.revised', { seminarId: ids.seminar, readingId: ids.reading, revisionNumber: 2, note: '', reanchored: { exact: 1, fuzzy: 0, orphaned: 1 } }), deps);
    expect(reloads()).toBe(1);
  });
});
