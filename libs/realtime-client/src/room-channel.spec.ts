import type { EventEnvelope } from '@glossa/contracts';
import { RoomChannel, RoomChannelContext } from './room-channel';
import { memorySeqStore } from './seq-store';

const SEMINAR = '9d0c1f6e-7a52-4c1b-8e3f-2b6a4d5e6f70';
const ROOM = `seminar:${SEMINAR}`;
const LEFT: Omit<EventEnvelope, 'seq'> = {
  room: ROOM,
  type: 'member.left',
  payload: { seminarId: SEMINAR, userId: SEMINAR, removedBy: null },
  actorId: null,
  at: '2026-02-01T00:00:00.000Z',
};
const numbered = (seq: number) => ({ ...LEFT, seq }) as EventEnvelope;

/** A room at `since` with one subscriber, over a connection the test switches on and off. */
function channelAt(since: number | null) {
  const backfills: number[] = [];
  const problems: string[] = [];
  const received: number[] = [];
  const stale: number[] = [];
  const link = { connected: true };
  const context: RoomChannelContext = {
    store: memorySeqStore(),
    gapGraceMs: 100,
    backfillTimeoutMs: 1000,
    isConnected: () => link.connected,
    sendBackfill: (_room, seq) => backfills.push(seq),
    report: (problem) => problems.push(problem.code),
  };
  const channel = new RoomChannel(ROOM, since, context);
  channel.subscribers.add({ handler: (e) => received.push(e.seq), options: { onStale: (seq) => stale.push(seq) } });
  return { channel, context, link, backfills, problems, received, stale };
}

describe('RoomChannel', () => {
  beforeEach(() => jest.useFakeTimers());
  afterEach(() => jest.useRealTimers());

  it('delivers events in seq order, once each, and keeps the last seq in the store', () => {
    const { channel, context, received } = channelAt(0);
    channel.receive(numbered(2));
    channel.receive(numbered(1));
    channel.receive(numbered(2));
    expect(received).toEqual([1, 2]);
    expect(context.store.get(ROOM)).toBe(2);
  });

  it('counts an undeliverable event without showing it to subscribers', () => {
    const { channel, received } = channelAt(0);
    channel.receive(numbered(1), false);
    channel.receive(numbered(2));
    expect(received).toEqual([2]);
    expect(channel.sequence.lastSeq).toBe(2);
  });

  it('reports a failing handler and still delivers to the others', () => {
    const { channel, problems, received } = channelAt(0);
    channel.subscribers.add({
      handler: () => {
        throw new Error('boom');
      },
      options: {},
    });
    channel.receive(numbered(1));
    expect(problems).toEqual(['HANDLER_FAILED']);
    expect(received).toEqual([1]);
  });

  it('backfills a gap once the grace period is over, from the last delivered seq', () => {
    const { channel, backfills } = channelAt(3);
    channel.heartbeat(5);
    jest.advanceTimersByTime(99);
    expect(backfills).toEqual([]);
    jest.advanceTimersByTime(1);
    expect(backfills).toEqual([3]);
  });

  it('does not backfill a gap that closes within the grace period', () => {
    const { channel, backfills, received } = channelAt(0);
    channel.receive(numbered(2));
    jest.advanceTimersByTime(50);
    channel.receive(numbered(1));
    jest.advanceTimersByTime(5000);
    expect(backfills).toEqual([]);
    expect(received).toEqual([1, 2]);
  });

  it('sends a backfill again when the first is not answered', () => {
    const { channel, backfills } = channelAt(0);
    channel.heartbeat(1);
    jest.advanceTimersByTime(100);
    channel.heartbeat(2);
    jest.advanceTimersByTime(999);
    expect(backfills).toEqual([0]);
    jest.advanceTimersByTime(1 + 100);
    expect(backfills).toEqual([0, 0]);
  });

  it('waits for the replay of a subscribe under way instead of backfilling', async () => {
    const { channel, backfills, received } = channelAt(0);
    expect(channel.subscribing()).toBe(0);
    channel.receive(numbered(2));
    jest.advanceTimersByTime(5000);
    expect(backfills).toEqual([]);
    channel.receive(numbered(1));
    channel.synced({ seq: 2 });
    expect(received).toEqual([1, 2]);
    await expect(channel.ready).resolves.toBe(2);
  });

  it('backfills a gap the subscribe left open once it is synced', () => {
    const { channel, backfills } = channelAt(0);
    channel.subscribing();
    channel.synced({ seq: 4 });
    jest.advanceTimersByTime(100);
    expect(backfills).toEqual([0]);
  });

  it('does not backfill while disconnected, nor after the connection was lost', () => {
    const { channel, link, backfills } = channelAt(0);
    channel.heartbeat(1);
    link.connected = false;
    channel.connectionLost();
    jest.advanceTimersByTime(5000);
    channel.heartbeat(2);
    jest.advanceTimersByTime(5000);
    expect(backfills).toEqual([]);
  });

  it('continues from the announced seq and tells subscribers to reload when the server could not replay', () => {
    const { channel, received, stale } = channelAt(1);
    channel.synced({ seq: 90_000, stale: true });
    channel.receive(numbered(90_001));
    expect(stale).toEqual([90_000]);
    expect(received).toEqual([90_001]);
  });

  it('starts from the first announced seq when subscribed without since', async () => {
    const { channel, received } = channelAt(null);
    channel.receive(numbered(8));
    channel.synced({ seq: 7 });
    expect(received).toEqual([8]);
    await expect(channel.ready).resolves.toBe(8);
  });

  it('sends no backfill once detached', () => {
    const { channel, backfills } = channelAt(0);
    channel.heartbeat(3);
    channel.detach();
    jest.advanceTimersByTime(5000);
    expect(backfills).toEqual([]);
  });
});
