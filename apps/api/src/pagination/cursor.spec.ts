import { randomUUID } from 'node:crypto';
import { decodeCursor, decodePositionCursor, encodeCursor, encodePositionCursor } from './cursor';

const forged = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

describe('cursors', () => {
  it('reads back a cursor it issued', () => {
    const key = { at: new Date('2026-05-01T10:00:00.123Z').toISOString(), id: randomUUID() };
    expect(decodeCursor(encodeCursor(key))).toEqual(key);
    const id = randomUUID();
    expect(decodePositionCursor(encodePositionCursor(42, id))).toEqual({ position: 42, id });
  });

  it.each([
    ['a timestamp it did not write', forged(['1', randomUUID()])],
    ['a year the database cannot hold', forged(['-271821-04-20T00:00:00.000Z', randomUUID()])],
    ['an id that is not a UUID', forged([new Date().toISOString(), 'not-a-uuid'])],
    ['numbers', forged([1, 2])],
    ['text that is not base64 JSON', '!!!'],
  ])('refuses %s as bad input', (_what, cursor) => {
    expect(() => decodeCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });

  it.each([
    ['a fractional position', forged(['p', 1.5, randomUUID()])],
    ['a position beyond a 32-bit integer', forged(['p', 2 ** 31, randomUUID()])],
    ['a negative position', forged(['p', -1, randomUUID()])],
    ['an id that is not a UUID', forged(['p', 1, 'x'])],
  ])('refuses a position cursor with %s as bad input', (_what, cursor) => {
    expect(() => decodePositionCursor(cursor)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT' }));
  });
});
