import { AuthorMatcher } from './author-matcher';

const roster = [
  { userId: 'u1', email: 'ama@example.org', displayName: 'Ama Mensah' },
  { userId: 'u2', email: 'ben@example.org', displayName: 'Ben' },
  { userId: 'u3', email: 'ben2@example.org', displayName: 'ben' },
];
const owner = new AuthorMatcher(roster, { userId: 'u1', displayName: 'Ama Mensah' }, true);

describe('AuthorMatcher', () => {
  it('matches a Glossa account, an email, or a name only one member has', () => {
    const glossa = new AuthorMatcher(
      [{ userId: 'aaaaaaaa-0000-4000-8000-000000000002', email: 'x@example.org', displayName: 'X' }],
      { userId: 'u1', displayName: 'Ama Mensah' },
      true,
    );
    expect(
      glossa.attribute(
        { iri: 'urn:glossa:user:AAAAAAAA-0000-4000-8000-000000000002', name: null, email: null },
        { private: false },
      ),
    ).toEqual({ userId: 'aaaaaaaa-0000-4000-8000-000000000002', authorName: 'X', originalAuthor: null });
    expect(owner.attribute({ iri: null, name: 'Someone', email: 'BEN@example.org' }, { private: false })).toEqual({
      userId: 'u2',
      authorName: 'Ben',
      originalAuthor: null,
    });
    expect(
      owner.attribute({ iri: null, name: ' ama  mensah ', email: null }, { private: false }).originalAuthor,
    ).toBeNull();
    // Two members are called Ben: the name identifies no one.
    expect(owner.attribute({ iri: 'acct:ben@hypothes.is', name: 'Ben', email: null }, { private: false })).toEqual({
      userId: 'u1',
      authorName: 'Ama Mensah',
      originalAuthor: 'Ben <acct:ben@hypothes.is>',
    });
  });

  it('gives a private post to the importer, and a member’s import to the member', () => {
    expect(owner.attribute({ iri: null, name: null, email: 'ben@example.org' }, { private: true }).userId).toBe('u1');
    const member = new AuthorMatcher(roster, { userId: 'u2', displayName: 'Ben' }, false);
    expect(member.attribute({ iri: null, name: null, email: 'ama@example.org' }, { private: false })).toEqual({
      userId: 'u2',
      authorName: 'Ben',
      originalAuthor: 'ama@example.org',
    });
    expect(
      member.attribute({ iri: null, name: null, email: 'ben@example.org' }, { private: false }).originalAuthor,
    ).toBeNull();
  });
});
