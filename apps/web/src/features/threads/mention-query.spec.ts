import { insertMention, matchMembers, mentionQueryAt } from './mention-query';

describe('mentions', () => {
  it('finds the @name being typed before the caret', () => {
    expect(mentionQueryAt('Agree with @be', 14)).toEqual({ start: 11, query: 'be' });
    expect(mentionQueryAt('@Ama Me', 7)).toEqual({ start: 0, query: 'Ama Me' });
    expect(mentionQueryAt('mail@example', 12)).toBeNull();
    expect(mentionQueryAt('no mention', 10)).toBeNull();
  });

  it('inserts the API markup for the member picked', () => {
    const text = 'Ask @be about it';
    const result = insertMention(text, { start: 4, query: 'be' }, 7, { id: 'u1', displayName: 'Ben Okafor' });
    expect(result.text).toBe('Ask @[Ben Okafor](user:u1)  about it');
    expect(result.caret).toBe('Ask @[Ben Okafor](user:u1) '.length);
  });

  it('matches names by the start of any word first', () => {
    const members = [{ displayName: 'Ama Mensah' }, { displayName: 'Ben Okafor' }, { displayName: 'Moderator Demo' }];
    expect(matchMembers(members, 'o').map((m) => m.displayName)).toEqual(['Ben Okafor', 'Moderator Demo']);
    expect(matchMembers(members, 'men').map((m) => m.displayName)).toEqual(['Ama Mensah']);
  });
});
