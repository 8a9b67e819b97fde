import { checkEnvelope } from './envelope-check';

const ID = '4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';
const valid = {
  room: `seminar:${ID}`,
  seq: 3,
  type: 'member.left',
  payload: { seminarId: ID, userId: ID, removedBy: null },
  actorId: ID,
  at: '2026-01-01T00:00:00.000Z',
};

describe('checkEnvelope', () => {
  it('accepts an event that matches the contract', () => {
    expect(checkEnvelope(valid, true)).toEqual({ ok: true, event: valid });
  });

  it('keeps the seq of an event it cannot deliver, so the sequence has no hole', () => {
    expect(checkEnvelope({ ...valid, type: 'poll.created' }, true)).toMatchObject({
      ok: false,
      seqOnly: { room: valid.room, seq: 3 },
    });
    expect(checkEnvelope({ ...valid, payload: { seminarId: 'x' } }, true)).toMatchObject({
      ok: false,
      seqOnly: { seq: 3 },
    });
  });

  it('skips the payload check when asked (trusted, hot paths)', () => {
    expect(checkEnvelope({ ...valid, payload: {} }, false).ok).toBe(true);
  });

  it('refuses what is not an envelope at all', () => {
    for (const value of [null, 'x', { room: valid.room }, { ...valid, seq: 0 }, { ...valid, seq: 1.5 }]) {
      expect(checkEnvelope(value, true)).toMatchObject({ ok: false, seqOnly: null });
    }
  });
});
