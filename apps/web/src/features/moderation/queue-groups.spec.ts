import { groupQueue, QueueEntry } from './queue-groups';

function entry(overrides: Partial<QueueEntry>): QueueEntry {
  return {
    kind: 'PENDING_POST',
    subjectType: 'CLAIM',
    subjectId: 'c1',
    excerpt: 'A claim',
    authorName: 'Ama Mensah',
    moderation: 'PENDING',
    createdAt: '2025-01-01T10:00:00.000Z',
    debateId: 'd1',
    readingId: null,
    quote: null,
    flag: null,
    ...overrides,
  };
}

const flag = (id: string, at: string) => ({ id, reason: 'Off-topic', reporterName: 'Ben Carter', createdAt: at });

describe('groupQueue', () => {
  it('makes one item of a pending post and the flags on it', () => {
    const groups = groupQueue([
      entry({}),
      entry({ kind: 'FLAG', createdAt: '2025-01-01T10:05:00.000Z', flag: flag('f1', '2025-01-01T10:05:00.000Z') }),
      entry({ kind: 'FLAG', createdAt: '2025-01-01T10:06:00.000Z', flag: flag('f2', '2025-01-01T10:06:00.000Z') }),
    ]);
    expect(groups).toHaveLength(1);
    expect(groups[0].pending).toBe(true);
    expect(groups[0].flags.map((f) => f.id)).toEqual(['f1', 'f2']);
  });

  it('keeps different posts apart, oldest first', () => {
    const groups = groupQueue([
      entry({
        subjectId: 'late',
        kind: 'FLAG',
        moderation: 'VISIBLE',
        createdAt: '2025-01-02T00:00:00.000Z',
        flag: flag('f', '2025-01-02T00:00:00.000Z'),
      }),
      entry({ subjectId: 'early', createdAt: '2025-01-01T00:00:00.000Z' }),
      entry({ subjectId: 'early', subjectType: 'REPLY', createdAt: '2025-01-01T12:00:00.000Z' }),
    ]);
    expect(groups.map((g) => g.key)).toEqual(['CLAIM:early', 'REPLY:early', 'CLAIM:late']);
    expect(groups[2].pending).toBe(false);
  });
});
