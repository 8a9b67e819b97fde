import { aReply } from './annotation-factories';
import { replyRows } from './reply-rows';

describe('replyRows', () => {
  it('nests answers under what they answer and flattens beyond three levels, naming the parent', () => {
    const t = 'thread-1';
    const r = (id: string, parentId: string | null, depth: number, name: string, minute: number) =>
      aReply({ id, threadId: t, parentId, depth, createdAt: `2026-01-01T10:${String(minute).padStart(2, '0')}:00.000Z`, author: { id: name, displayName: name } });
    const rows = replyRows([r('a', null, 0, 'Ama', 1), r('b', null, 0, 'Ben', 2), r('a1', 'a', 1, 'Ben', 3), r('a2', 'a1', 2, 'Ama', 4), r('a3', 'a2', 3, 'Cy', 5), r('a4', 'a3', 4, 'Ama', 6)]);
    expect(rows.map((row) => [row.reply.id, row.indent, row.inReplyTo])).toEqual([
      ['a', 1, null],
      ['a1', 2, null],
      ['a2', 3, null],
      ['a3', 3, 'Ama'],
      ['a4', 3, 'Cy'],
      ['b', 1, null],
    ]);
  });

  it('shows a reply whose parent is on a later page at the top level', () => {
    const rows = replyRows([aReply({ id: 'x', threadId: 't', parentId: 'missing', depth: 2 })]);
    expect(rows).toMatchObject([{ indent: 1, inReplyTo: null }]);
  });
});
