import { aReply, anAnnotation, loadedWith } from './annotation-factories';
import { annotationsInTextOrder, emptyAnnotationStore, threadReplies, toggledReactions } from './annotation-store';
import { createAnnotationStore } from './create-annotation-store';

describe('the annotation store', () => {
  it('loads annotations with the first page of each thread, normalized by id', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a', replyCount: 1 });
    store.loaded([loadedWith(a, [aReply({ id: 'r1', threadId: a.threadId })], true)]);
    const state = store.getState();
    expect(state.annotations['a'].id).toBe('a');
    expect('replies' in state.annotations['a']).toBe(false);
    expect(state.threads[a.threadId]).toEqual({ replyIds: ['r1'], hasMore: true, endCursor: 'cursor', fetched: true });
    expect(state.subjects[a.threadId]).toBe('a');
  });

  it('loads annotations without their replies, each thread to be fetched when it opens', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a', replyCount: 2 });
    store.loaded([a]);
    expect(store.getState().threads[a.threadId]).toEqual({ replyIds: [], hasMore: false, endCursor: null, fetched: false });
    // A reply arriving live before the thread opens is kept; the first page then joins it.
    store.upsertReply(aReply({ id: 'r3', threadId: a.threadId, createdAt: '2026-01-03T00:00:00.000Z' }));
    expect(store.getState().threads[a.threadId].fetched).toBe(false);
    store.repliesPage(a.threadId, [aReply({ id: 'r1', threadId: a.threadId, createdAt: '2026-01-01T00:00:00.000Z' })], false, null);
    expect(store.getState().threads[a.threadId]).toEqual({ replyIds: ['r1', 'r3'], hasMore: false, endCursor: null, fetched: true });
  });

  it('has nothing to fetch for a new annotation nobody has replied to yet', () => {
    const store = createAnnotationStore();
    store.upsertAnnotation(anAnnotation({ id: 'new', threadId: 't-new', replyCount: 0 }));
    store.upsertAnnotation(anAnnotation({ id: 'known', threadId: 't-known', replyCount: 4 }));
    expect(store.getState().threads['t-new'].fetched).toBe(true);
    expect(store.getState().threads['t-known'].fetched).toBe(false);
  });

  it('upserts an annotation and notifies subscribers only when something changed', () => {
    const store = createAnnotationStore();
    const seen: number[] = [];
    store.subscribe(() => seen.push(Object.keys(store.getState().annotations).length));
    const a = anAnnotation({ id: 'a' });
    store.upsertAnnotation(a);
    store.upsertAnnotation({ ...a });
    store.upsertAnnotation({ ...a, body: 'Edited' });
    expect(seen).toEqual([1, 1]);
    expect(store.getState().annotations['a'].body).toBe('Edited');
  });

  it('removes an annotation with its thread', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a' });
    store.loaded([loadedWith(a, [aReply({ id: 'r1', threadId: a.threadId })])]);
    store.removeAnnotation('a');
    expect(store.getState()).toEqual(emptyAnnotationStore);
  });

  it('adds a reply in time order and counts it once, however often it arrives', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a', replyCount: 1 });
    store.loaded([loadedWith(a, [aReply({ id: 'r2', threadId: a.threadId, createdAt: '2026-01-01T12:00:00.000Z' })])]);
    const earlier = aReply({ id: 'r1', threadId: a.threadId, createdAt: '2026-01-01T11:30:00.000Z' });
    store.upsertReply(earlier);
    store.upsertReply(earlier);
    expect(threadReplies(store.getState(), a.threadId).map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(store.getState().annotations['a'].replyCount).toBe(2);
  });

  it('keeps a deleted reply in its place and stops counting it', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a', replyCount: 1 });
    store.loaded([loadedWith(a, [aReply({ id: 'r1', threadId: a.threadId })])]);
    store.markReplyDeleted('r1');
    store.markReplyDeleted('r1');
    const [reply] = threadReplies(store.getState(), a.threadId);
    expect(reply).toMatchObject({ id: 'r1', deleted: true, body: '' });
    expect(store.getState().annotations['a'].replyCount).toBe(0);
  });

  it('appends a later page of replies without duplicates', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a' });
    const r1 = aReply({ id: 'r1', threadId: a.threadId, createdAt: '2026-01-01T11:00:00.000Z' });
    const r2 = aReply({ id: 'r2', threadId: a.threadId, createdAt: '2026-01-01T12:00:00.000Z' });
    store.loaded([loadedWith(a, [r1], true)]);
    store.repliesPage(a.threadId, [r1, r2], false, null);
    expect(store.getState().threads[a.threadId]).toEqual({ replyIds: ['r1', 'r2'], hasMore: false, endCursor: null, fetched: true });
  });

  it('applies a reaction event: counts from the event, "mine" only when the viewer reacted', () => {
    const store = createAnnotationStore();
    store.upsertAnnotation(anAnnotation({ id: 'a', reactions: [{ kind: 'AGREE', count: 1, mine: true }] }));
    store.reactionChanged({ subjectId: 'a', counts: { AGREE: 2, INSIGHTFUL: 1 }, kind: 'INSIGHTFUL', added: true, byViewer: false });
    expect(store.getState().annotations['a'].reactions.map(({ kind, count, mine }) => ({ kind, count, mine }))).toEqual([
      { kind: 'AGREE', count: 2, mine: true },
      { kind: 'INSIGHTFUL', count: 1, mine: false },
    ]);
  });

  it('sets the reactions of a reply', () => {
    const store = createAnnotationStore();
    const a = anAnnotation({ id: 'a' });
    store.loaded([loadedWith(a, [aReply({ id: 'r1', threadId: a.threadId })])]);
    store.setReactions('r1', toggledReactions([], 'SAME_QUESTION', true));
    expect(store.getState().replies['r1'].reactions).toMatchObject([{ kind: 'SAME_QUESTION', count: 1, mine: true }]);
  });

  it('toggles the viewer\'s reaction optimistically', () => {
    const before = [{ kind: 'AGREE' as const, count: 3, mine: true }];
    expect(toggledReactions(before, 'AGREE', false)).toMatchObject([{ kind: 'AGREE', count: 2, mine: false }]);
    expect(toggledReactions(before, 'AGREE', true)).toMatchObject([{ kind: 'AGREE', count: 3, mine: true }]);
  });

  it('lists annotations in text order', () => {
    const at = (id: string, start: number, end: number) => anAnnotation({ id, target: { exact: 'x', prefix: '', suffix: '', start, end } });
    const ordered = annotationsInTextOrder({ c: at('c', 40, 50), a: at('a', 5, 9), b: at('b', 5, 30) });
    expect(ordered.map((a) => a.id)).toEqual(['a', 'b', 'c']);
  });
});
