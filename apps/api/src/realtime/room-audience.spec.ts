import { Role } from '../seminars/role';
import { mayJoin } from './room-audience';

describe('mayJoin', () => {
  it('lets every member into the seminar, reading and debate rooms, and nobody else', () => {
    for (const kind of ['seminar', 'reading', 'debate'] as const) {
      for (const role of Object.values(Role)) expect(mayJoin(kind, role)).toBe(true);
      expect(mayJoin(kind, null)).toBe(false);
    }
  });

  it('keeps the moderators room to owners and moderators', () => {
    expect(mayJoin('moderators', Role.OWNER)).toBe(true);
    expect(mayJoin('moderators', Role.MODERATOR)).toBe(true);
    expect(mayJoin('moderators', Role.MEMBER)).toBe(false);
    expect(mayJoin('moderators', Role.OBSERVER)).toBe(false);
    expect(mayJoin('moderators', null)).toBe(false);
  });
});
