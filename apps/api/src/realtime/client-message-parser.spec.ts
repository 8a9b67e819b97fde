import { parseClientMessage } from './client-message-parser';

const READING = 'reading:4b4f0c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';
const THREAD = '0b9f1c52-3c1e-4a53-9b6a-0f4f1b1e2d3c';

describe('parseClientMessage', () => {
  it('accepts each message in its documented shape', () => {
    expect(parseClientMessage('subscribe', [{ room: READING, since: 4 }], 2048)).toEqual({
      ok: true,
      message: { name: 'subscribe', body: { room: READING, since: 4 } },
    });
    expect(parseClientMessage('subscribe', [{ room: READING }], 2048).ok).toBe(true);
    expect(parseClientMessage('unsubscribe', [{ room: READING }], 2048).ok).toBe(true);
    expect(parseClientMessage('backfill', [{ room: READING, since: 0 }], 2048).ok).toBe(true);
    expect(parseClientMessage('typing', [{ room: READING, threadId: THREAD }], 2048).ok).toBe(true);
  });

  it('ignores an acknowledgement callback after the message', () => {
    expect(parseClientMessage('unsubscribe', [{ room: READING }, () => undefined], 2048).ok).toBe(true);
  });

  it('names unknown messages without echoing long names', () => {
    const outcome = parseClientMessage('x'.repeat(500), [{}], 2048);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'UNKNOWN_MESSAGE', event: 'x'.repeat(40) } });
  });

  it.each([
    ['no argument', []],
    ['two arguments', [{ room: READING }, { room: READING }]],
    ['a string', ['reading']],
    ['null', [null]],
    ['a malformed room', [{ room: 'reading:42' }]],
    ['an upper-case room', [{ room: READING.toUpperCase() }]],
    ['a negative since', [{ room: READING, since: -1 }]],
    ['a fractional since', [{ room: READING, since: 1.5 }]],
    ['an extra field', [{ room: READING, admin: true }]],
    ['a prototype key', [JSON.parse(`{"room":"${READING}","__proto__":{"x":1}}`)]],
  ])('refuses a subscribe with %s as BAD_MESSAGE', (_case, args) => {
    const outcome = parseClientMessage('subscribe', args as unknown[], 2048);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'BAD_MESSAGE', event: 'subscribe' } });
  });

  it('refuses oversized messages before validating them, naming the room when it can', () => {
    const outcome = parseClientMessage('subscribe', [{ room: READING, padding: 'x'.repeat(5000) }], 2048);
    expect(outcome).toMatchObject({ ok: false, error: { code: 'TOO_LARGE', room: READING } });
  });

  it('refuses values JSON cannot carry', () => {
    const circular: Record<string, unknown> = { room: READING };
    circular.self = circular;
    expect(parseClientMessage('subscribe', [circular], 2048)).toMatchObject({
      ok: false,
      error: { code: 'BAD_MESSAGE' },
    });
    expect(parseClientMessage('subscribe', [{ room: READING, since: BigInt(1) }], 2048)).toMatchObject({
      ok: false,
      error: { code: 'BAD_MESSAGE' },
    });
  });
});
