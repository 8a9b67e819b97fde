import { replyRows } from './reply-rows';

const reply = (id: string, parentId: string | null, name = id.toUpperCase()) => ({
  id,
  parentId,
  author: { displayName: name },
});

describe('replyRows', () => {
  it('puts each reply under the one it answers, keeping siblings oldest first', () => {
    const rows = replyRows([reply('a', null), reply('b', null), reply('c', 'a'), reply('d', 'c'), reply('e', 'a')]);
    expect(rows.map((r) => [r.reply.id, r.indent])).toEqual([
      ['a', 0],
      ['c', 1],
      ['d', 2],
      ['e', 1],
      ['b', 0],
    ]);
  });

  it('flattens beyond three levels, each deeper reply naming whom it answers', () => {
    const rows = replyRows([
      reply('a', null, 'Ama'),
      reply('b', null, 'Ben'),
      reply('a1', 'a', 'Ben'),
      reply('a2', 'a1', 'Ama'),
      reply('a3', 'a2', 'Cy'),
      reply('a4', 'a3', 'Ama'),
    ]);
    expect(rows.map((row) => [row.reply.id, row.indent, row.inReplyTo])).toEqual([
      ['a', 0, null],
      ['a1', 1, null],
      ['a2', 2, null],
      ['a3', 2, 'Ama'],
      ['a4', 2, 'Cy'],
      ['b', 0, null],
    ]);
  });

  it('starts a branch for a reply whose parent is not loaded', () => {
    expect(replyRows([reply('x', 'missing')])).toMatchObject([{ indent: 0, inReplyTo: null }]);
  });
});
