import DataLoader from 'dataloader';
import { loadAll, RequestLoaders } from './request-loaders';

describe('RequestLoaders', () => {
  it('makes an owner’s loaders once per unit of work and keeps owners apart', () => {
    const work = new RequestLoaders();
    const a = {};
    const b = {};
    let made = 0;
    const first = work.for(a, () => ({ n: ++made }));
    expect(work.for(a, () => ({ n: ++made }))).toBe(first);
    expect(work.for(b, () => ({ n: ++made }))).toEqual({ n: 2 });
    expect(new RequestLoaders().for(a, () => ({ n: ++made }))).toEqual({ n: 3 });
  });

  it('loads all keys in one batch and rejects on the first failure', async () => {
    const batches: string[][] = [];
    const loader = new DataLoader<string, string>(async (keys) => {
      batches.push([...keys]);
      return keys.map((k) => (k === 'bad' ? new Error('no such key') : k.toUpperCase()));
    });
    await expect(loadAll(loader, ['a', 'b'])).resolves.toEqual(['A', 'B']);
    expect(batches).toEqual([['a', 'b']]);
    await expect(loadAll(loader, ['c', 'bad'])).rejects.toThrow('no such key');
  });
});
