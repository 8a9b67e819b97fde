import type { EventEnvelope } from '@glossa/contracts';
import { describeLiveChanges, liveChangeOf } from './live-digest';

function event(type: string, payload: unknown): EventEnvelope {
  return { room: 'reading:r', seq: 1, type, payload, actorId: null, at: '2026-01-01T00:00:00Z' } as EventEnvelope;
}

describe('the digest of other members’ live changes', () => {
  it('counts annotations and replies and names who made them', () => {
    expect(
      describeLiveChanges([
        { kind: 'annotation', who: 'Ben Carter' },
        { kind: 'reply', who: 'Ruth Okafor' },
        { kind: 'annotation', who: 'Ben Carter' },
      ]),
    ).toBe('New: 2 annotations and 1 reply, from Ben Carter and Ruth Okafor.');
    expect(describeLiveChanges([{ kind: 'reply', who: 'Ama Mensah' }])).toBe('New: 1 reply, from Ama Mensah.');
  });

  it('names three people at most', () => {
    const changes = ['A', 'B', 'C', 'D', 'E'].map((who) => ({ kind: 'reply' as const, who }));
    expect(describeLiveChanges(changes)).toBe('New: 5 replies, from A, B, C and 2 more.');
  });

  it('announces new annotations and replies by others, not the viewer’s own nor other events', () => {
    const byBen = { authorId: 'ben', authorName: 'Ben Carter' };
    expect(liveChangeOf(event('annotation.created', { annotation: byBen }), 'ama')).toEqual({ kind: 'annotation', who: 'Ben Carter' });
    expect(liveChangeOf(event('comment.created', { comment: byBen }), 'ama')).toEqual({ kind: 'reply', who: 'Ben Carter' });
    expect(liveChangeOf(event('comment.created', { comment: byBen }), 'ben')).toBeNull();
    expect(liveChangeOf(event('annotation.updated', { annotation: byBen }), 'ama')).toBeNull();
  });
});
