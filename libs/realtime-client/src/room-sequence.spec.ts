import type { EventEnvelope } from '@glossa/contracts';
import fc from 'fast-check';
import { RoomSequence } from './room-sequence';

const ROOM = 'reading:4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';

function event(seq: number): EventEnvelope {
  return {
    room: ROOM,
    seq,
    type: 'member.left',
    payload: {
      seminarId: '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c',
      userId: '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3d',
      removedBy: null,
    },
    actorId: null,
    at: '2026-01-01T00:00:00.000Z',
  };
}

const seqs = (events: EventEnvelope[]) => events.map((e) => e.seq);

describe('RoomSequence', () => {
  it('delivers consecutive events at once', () => {
    const room = new RoomSequence(0);
    expect(seqs(room.receive(event(1)))).toEqual([1]);
    expect(seqs(room.receive(event(2)))).toEqual([2]);
    expect(room.lastSeq).toBe(2);
    expect(room.hasGap).toBe(false);
  });

  it('drops an event it already delivered', () => {
    const room = new RoomSequence(3);
    expect(room.receive(event(3))).toEqual([]);
    expect(room.receive(event(2))).toEqual([]);
    expect(room.lastSeq).toBe(3);
  });

  it('holds an event after a jump, reports the gap, and releases both in order once it is filled', () => {
    const room = new RoomSequence(1);
    expect(room.receive(event(3))).toEqual([]);
    expect(room.hasGap).toBe(true);
    expect(room.lastSeq).toBe(1);
    expect(seqs(room.receive(event(2)))).toEqual([2, 3]);
    expect(room.hasGap).toBe(false);
  });

  it('reports a gap when the server announces a higher seq than it delivered', () => {
    const room = new RoomSequence(5);
    expect(room.announce(5)).toEqual([]);
    expect(room.hasGap).toBe(false);
    room.announce(7);
    expect(room.hasGap).toBe(true);
    room.receive(event(6));
    expect(room.hasGap).toBe(true);
    room.receive(event(7));
    expect(room.hasGap).toBe(false);
  });

  it('ignores an announcement lower than what it delivered', () => {
    const room = new RoomSequence(9);
    room.announce(4);
    expect(room.hasGap).toBe(false);
    expect(room.lastSeq).toBe(9);
  });

  it('without a starting point, waits for the first announcement and delivers only what follows it', () => {
    const room = new RoomSequence(null);
    expect(room.receive(event(4))).toEqual([]);
    expect(room.receive(event(6))).toEqual([]);
    expect(room.hasGap).toBe(false);
    expect(seqs(room.announce(4))).toEqual([]);
    expect(room.lastSeq).toBe(4);
    expect(room.hasGap).toBe(true);
    expect(seqs(room.receive(event(5)))).toEqual([5, 6]);
  });

  it('continues from a reset point, keeping later events it already holds', () => {
    const room = new RoomSequence(2);
    room.receive(event(30));
    room.receive(event(31));
    expect(seqs(room.reset(29))).toEqual([30, 31]);
    expect(room.hasGap).toBe(false);
  });

  it('delivers 1..n exactly once, in order, however the events are shuffled and repeated', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }).chain((n) =>
          fc.tuple(
            fc.constant(n),
            fc.shuffledSubarray(
              Array.from({ length: 3 * n }, (_, i) => (i % n) + 1),
              { minLength: 3 * n, maxLength: 3 * n },
            ),
            fc.integer({ min: 0, max: n }),
          ),
        ),
        ([n, arrivals, since]) => {
          const room = new RoomSequence(since);
          const delivered = arrivals.flatMap((seq) => seqs(room.receive(event(seq))));
          expect(delivered).toEqual(Array.from({ length: n - since }, (_, i) => since + i + 1));
          expect(room.hasGap).toBe(false);
        },
      ),
    );
  });
});
