import { replyRows } from './reply-order';

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

  it('caps the indent and names whom a deeper reply answers', () => {
    const rows = replyRows([reply('a', null), reply('b', 'a'), reply('c', 'b'), reply('d', 'c')]);
    expect(rows.at(-1)).toEqual({ reply: reply('d', 'c'), indent: 2, inReplyTo: 'C' });
  });

  it('starts a branch for a reply whose parent is not loaded', () => {
    expect(replyRows([reply('x', 'missing')]).map((r) => r.indent)).toEqual([0]);
  });
});
