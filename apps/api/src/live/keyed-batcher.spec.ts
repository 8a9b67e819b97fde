import { KeyedBatcher } from './keyed-batcher';

describe('KeyedBatcher', () => {
  it('runs what arrives during a batch as one next batch, per key, and answers each item', async () => {
    const batches: string[][] = [];
    const batcher = new KeyedBatcher<string, string>(async (key, items) => {
      batches.push([key, ...items]);
      await new Promise((resolve) => setTimeout(resolve, 10));
      return items.map((item) => (item === 'bad' ? new Error('refused') : `${item}!`));
    });
    const first = batcher.run('a', 'x');
    const rest = [batcher.run('a', 'y'), batcher.run('a', 'bad'), batcher.run('b', 'z')];
    await expect(first).resolves.toBe('x!');
    await expect(rest[0]).resolves.toBe('y!');
    await expect(rest[1]).rejects.toThrow('refused');
    await expect(rest[2]).resolves.toBe('z!');
    expect(batches).toEqual([['a', 'x'], ['b', 'z'], ['a', 'y', 'bad']]);
  });
});
