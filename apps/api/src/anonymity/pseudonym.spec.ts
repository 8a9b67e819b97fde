import { opaqueAuthorId, pseudonymCandidate, pseudonymInitials } from './pseudonym';

const KEY = 'a-server-secret-of-some-length';
const USER = '3f1c8a52-0d4e-4b8a-9a5e-1b2c3d4e5f60';

describe('pseudonyms', () => {
  it('names a member the same way every time in one discussion', () => {
    expect(pseudonymCandidate(KEY, 'debate:d1', USER, 0)).toBe(pseudonymCandidate(KEY, 'debate:d1', USER, 0));
    expect(pseudonymCandidate(KEY, 'debate:d1', USER, 0)).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+$/);
  });

  it('names a member differently in different discussions', () => {
    const names = new Set(['debate:d1', 'debate:d2', 'debate:d3', 'seminar:s1'].map((s) => pseudonymCandidate(KEY, s as 'debate:d1', USER, 0)));
    expect(names.size).toBeGreaterThan(1);
  });

  it('depends on the server key, so a known user id does not give the pseudonym away', () => {
    const ids = new Set(['k1', 'k2', 'k3', 'k4'].map((key) => opaqueAuthorId(key, 'debate:d1', USER)));
    expect(ids.size).toBe(4);
  });

  it('offers a different name at each attempt, and numbers them past the words', () => {
    const first = pseudonymCandidate(KEY, 'debate:d1', USER, 0);
    expect(pseudonymCandidate(KEY, 'debate:d1', USER, 1)).not.toBe(first);
    expect(pseudonymCandidate(KEY, 'debate:d1', USER, 2304)).toBe(`${first} 2`);
  });

  it('gives opaque ids shaped as UUIDs that are not the user id', () => {
    const id = opaqueAuthorId(KEY, 'seminar:s1', USER);
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(id).not.toBe(USER);
    expect(opaqueAuthorId(KEY, 'seminar:s2', USER)).not.toBe(id);
  });

  it('makes avatar initials from the pseudonym', () => {
    expect(pseudonymInitials('Amber Heron 2')).toBe('AH');
  });
});
