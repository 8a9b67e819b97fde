import type { EventEnvelope } from '@glossa/contracts';
import { applyLiveEvent, LiveState, secondsLeft, shares } from './live-state';

const ID = '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';
const base: LiveState = {
  session: {
    id: ID,
    seminarId: ID,
    subjectType: 'READING',
    subjectId: ID,
    title: 'A reading',
    facilitatorId: ID,
    facilitatorName: 'Ada',
    startedAt: '2026-12-02T18:00:00.000Z',
    endedAt: null,
  },
  spotlights: [],
  position: null,
  poll: null,
  round: null,
  hands: [],
  calledOn: null,
  summaryMarkdown: null,
  myEventId: null,
};
const event = <T extends EventEnvelope['type']>(type: T, payload: EventEnvelope<T>['payload']): EventEnvelope =>
  ({ room: `session:${ID}`, seq: 1, type, payload, actorId: ID, at: base.session.startedAt }) as EventEnvelope;

describe('applyLiveEvent', () => {
  it('adds a spotlight to the history once and makes it the following position', () => {
    const spotlight = {
      id: ID,
      kind: 'SELECTION' as const,
      annotationId: null,
      claimId: null,
      start: 4,
      end: 9,
      exact: 'words',
      note: '',
      createdAt: base.session.startedAt,
    };
    const once = applyLiveEvent(base, event('live.spotlighted', { sessionId: ID, spotlight }), 0, null);
    const twice = applyLiveEvent(once, event('live.spotlighted', { sessionId: ID, spotlight }), 0, null);
    expect(twice.spotlights).toHaveLength(1);
    expect(twice.position).toEqual({ offset: 4, claimId: null });
  });

  it('replaces the tally with each poll event and keeps my own answer', () => {
    const poll = {
      id: ID,
      kind: 'CHOICE' as const,
      question: 'Q?',
      options: ['a', 'b'],
      claimId: null,
      anonymous: true,
      open: true,
      closedAt: null,
      counts: [1, 2],
      total: 3,
      voters: null,
    };
    const state = { ...base, poll: { ...poll, counts: [0, 1], total: 1, myAnswer: 1 } };
    const next = applyLiveEvent(state, event('live.poll_changed', { sessionId: ID, poll }), 0, null);
    expect(next.poll).toMatchObject({ counts: [1, 2], total: 3, myAnswer: 1 });
  });

  it('counts a new round down from when it arrived, whatever the server’s clock says', () => {
    const round = {
      id: ID,
      prompt: 'Add a claim',
      stance: null,
      seconds: 180,
      startedAt: '2020-01-01T00:00:00.000Z',
      endsAt: '2020-01-01T00:03:00.000Z',
      closedAt: null,
    };
    const next = applyLiveEvent(base, event('live.round_changed', { sessionId: ID, round }), 1000, null);
    expect(secondsLeft(next.round, 1000)).toBe(180);
    expect(secondsLeft(next.round, 1000 + 180_000)).toBe(0);
  });
});

describe('shares', () => {
  it('answers whole percentages, and zeros without answers', () => {
    expect(shares([1, 3], 4)).toEqual([25, 75]);
    expect(shares([0, 0], 0)).toEqual([0, 0]);
  });
});
