import { anAnnotation } from './annotation-factories';
import { filterOptions, matchesFilter, noFilter } from './annotation-filter';

const ama = { id: 'ama', displayName: 'Ama Mensah' };
const ben = { id: 'ben', displayName: 'Ben Okafor' };

describe('matchesFilter', () => {
  const mine = anAnnotation({ id: '1', author: ama, tags: ['sovereignty'], motivation: 'questioning' });
  const minePrivate = anAnnotation({ id: '2', author: ama, visibility: 'PRIVATE', motivation: 'highlighting' });
  const theirs = anAnnotation({ id: '3', author: ben, tags: ['veto', 'charter'] });
  const all = [mine, minePrivate, theirs];
  const ids = (filter: Partial<typeof noFilter>) => all.filter((a) => matchesFilter(a, { ...noFilter, ...filter }, 'ama')).map((a) => a.id);

  it('filters by whose and by visibility', () => {
    expect(ids({})).toEqual(['1', '2', '3']);
    expect(ids({ scope: 'MINE' })).toEqual(['1', '2']);
    expect(ids({ scope: 'OTHERS' })).toEqual(['3']);
    expect(ids({ scope: 'PRIVATE' })).toEqual(['2']);
  });

  it('filters by member, tag and motivation, any of each', () => {
    expect(ids({ authorIds: ['ben'] })).toEqual(['3']);
    expect(ids({ tags: ['charter', 'sovereignty'] })).toEqual(['1', '3']);
    expect(ids({ motivations: ['highlighting', 'questioning'] })).toEqual(['1', '2']);
  });

  it('offers the members and tags in use, most used first', () => {
    const options = filterOptions(all);
    expect(options.authors.map((o) => [o.label, o.count])).toEqual([
      ['Ama Mensah', 2],
      ['Ben Okafor', 1],
    ]);
    expect(options.tags.map((o) => o.value)).toEqual(['charter', 'sovereignty', 'veto']);
  });
});
