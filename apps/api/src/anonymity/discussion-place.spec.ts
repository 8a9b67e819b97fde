import { scopeInForce } from './discussion-place';

describe('the anonymity scope of a post', () => {
  it('shows names where nothing is anonymous', () => {
    expect(scopeInForce({ seminarId: 's', debateId: 'd' }, new Set())).toBeNull();
  });

  it('uses the debate’s own pseudonyms in an anonymous debate, even in an anonymous seminar', () => {
    expect(scopeInForce({ seminarId: 's', debateId: 'd' }, new Set(['debate:d', 'seminar:s']))).toBe('debate:d');
  });

  it('uses the seminar’s pseudonyms for annotations and for debates without their own', () => {
    expect(scopeInForce({ seminarId: 's', debateId: null }, new Set(['seminar:s', 'debate:d']))).toBe('seminar:s');
    expect(scopeInForce({ seminarId: 's', debateId: 'e' }, new Set(['seminar:s', 'debate:d']))).toBe('seminar:s');
  });
});
