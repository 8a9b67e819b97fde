import { moderatorsRoom, readingRoom, userRoom } from '@glossa/contracts';
import { Moderation } from '../posts/moderation-state';
import { Visibility } from './annotation-kinds';
import { contentRoomsOf, factsOf, roomOf } from './annotation-audience';

const annotation = (over: Partial<Parameters<typeof contentRoomsOf>[0]> = {}) => ({
  visibility: Visibility.SEMINAR,
  readingId: 'reading',
  authorId: 'author',
  seminarId: 'seminar',
  moderation: Moderation.VISIBLE,
  deletedAt: null,
  ...over,
});

describe('annotation audience', () => {
  it('sends a shared annotation’s events to its reading’s room and a private one’s to its author only', () => {
    expect(roomOf(annotation())).toBe(readingRoom('reading'));
    expect(roomOf(annotation({ visibility: Visibility.PRIVATE }))).toBe(userRoom('author'));
  });

  it('tells post visibility that a private annotation is private to its author', () => {
    expect(factsOf(annotation({ visibility: Visibility.PRIVATE }))).toEqual({
      authorId: 'author',
      moderation: Moderation.VISIBLE,
      privateTo: 'author',
      deleted: false,
    });
    expect(factsOf(annotation()).privateTo).toBeNull();
  });

  it('counts an annotation with a deletion time as deleted', () => {
    expect(factsOf(annotation({ deletedAt: new Date() })).deleted).toBe(true);
    expect(factsOf(annotation()).deleted).toBe(false);
  });

  it('sends the content of a visible shared annotation to its reading’s room', () => {
    expect(contentRoomsOf(annotation())).toEqual([readingRoom('reading')]);
  });

  it('sends the content of a hidden, pending or removed annotation only to the moderators and its author', () => {
    for (const moderation of [Moderation.HIDDEN, Moderation.PENDING, Moderation.REMOVED]) {
      expect(contentRoomsOf(annotation({ moderation }))).toEqual([moderatorsRoom('seminar'), userRoom('author')]);
    }
  });

  it('sends the content of a deleted shared annotation only to the moderators and its author', () => {
    expect(contentRoomsOf(annotation({ deletedAt: new Date() }))).toEqual([
      moderatorsRoom('seminar'),
      userRoom('author'),
    ]);
  });

  it('sends the content of a private annotation only to its author, whatever its moderation', () => {
    expect(contentRoomsOf(annotation({ visibility: Visibility.PRIVATE }))).toEqual([userRoom('author')]);
    expect(contentRoomsOf(annotation({ visibility: Visibility.PRIVATE, moderation: Moderation.HIDDEN }))).toEqual([
      userRoom('author'),
    ]);
  });
});
