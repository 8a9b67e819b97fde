import { moderatorsRoom, userRoom } from '@glossa/contracts';
import { Moderation } from '../posts/moderation-state';
import type { CommentEntity } from './comment.entity';
import { contentRoomsOf, factsOf, mentionAudienceOf, payloadOf } from './reply-audience';
import type { ThreadSubject } from './thread-subjects';

const SEMINAR = 'seminar-1';
const ROOM = 'reading:reading-1';
const replier = 'replier';
const poster = 'poster';

const reply = (over: Partial<CommentEntity> = {}): CommentEntity =>
  Object.assign(
    {
      id: 'reply-1',
      threadId: 'thread-1',
      seminarId: SEMINAR,
      parentId: null,
      depth: 0,
      authorId: replier,
      body: 'I read it otherwise.',
      bodyHtml: '<p>I read it otherwise.</p>',
      clientId: null,
      createdAt: new Date('2026-01-02T03:04:05Z'),
      updatedAt: new Date('2026-01-02T03:04:05Z'),
      editedAt: null,
      deletedAt: null,
      moderation: Moderation.VISIBLE,
    },
    over,
  );
const openThread = { room: ROOM, privateTo: null };
const post = (moderation: Moderation): ThreadSubject => ({
  facts: { authorId: poster, moderation, privateTo: null, deleted: false },
  readingId: 'reading-1',
});
const toTheAuthorsAndModerators = [moderatorsRoom(SEMINAR), userRoom(replier), userRoom(poster)];

describe('where a reply goes', () => {
  it('a visible reply to a visible post goes to its thread’s room', () => {
    expect(contentRoomsOf(reply(), openThread, post(Moderation.VISIBLE))).toEqual([ROOM]);
    expect(contentRoomsOf(reply(), openThread, null)).toEqual([ROOM]);
  });

  it('a reply to a hidden or pending post goes to the moderators and both authors', () => {
    for (const moderation of [Moderation.HIDDEN, Moderation.PENDING])
      expect(contentRoomsOf(reply(), openThread, post(moderation))).toEqual(toTheAuthorsAndModerators);
  });

  it('a held-back, hidden or removed reply’s text goes to the moderators and both authors, not to the room', () => {
    for (const moderation of [Moderation.HIDDEN, Moderation.PENDING, Moderation.REMOVED])
      expect(contentRoomsOf(reply({ moderation }), openThread, post(Moderation.VISIBLE))).toEqual(
        toTheAuthorsAndModerators,
      );
  });

  it('a reply whose post is gone goes to the moderators and its own author', () => {
    expect(contentRoomsOf(reply({ moderation: Moderation.HIDDEN }), openThread, null)).toEqual([
      moderatorsRoom(SEMINAR),
      userRoom(replier),
    ]);
  });

  it('a reply one writes to one’s own post names one room once', () => {
    const own = { ...post(Moderation.HIDDEN), facts: { ...post(Moderation.HIDDEN).facts, authorId: replier } };
    expect(contentRoomsOf(reply(), openThread, own)).toEqual([moderatorsRoom(SEMINAR), userRoom(replier)]);
  });

  it('a reply in a private thread goes only to the thread’s own room, never to the moderators', () => {
    const privateThread = { room: userRoom(poster), privateTo: poster };
    expect(contentRoomsOf(reply({ moderation: Moderation.HIDDEN }), privateThread, post(Moderation.HIDDEN))).toEqual([
      userRoom(poster),
    ]);
  });
});

describe('whom a reply’s mentions may notify', () => {
  it('anyone named, while members may see the thread', () => {
    expect(mentionAudienceOf(openThread, post(Moderation.VISIBLE))).toBeNull();
    expect(mentionAudienceOf(openThread, post(Moderation.REMOVED))).toBeNull();
    expect(mentionAudienceOf(openThread, null)).toBeNull();
  });

  it('only the owner of a private thread', () => {
    expect(mentionAudienceOf({ privateTo: poster }, post(Moderation.VISIBLE))).toEqual([poster]);
  });

  it('only the author of a hidden or pending post, not the moderators it names', () => {
    for (const moderation of [Moderation.HIDDEN, Moderation.PENDING])
      expect(mentionAudienceOf(openThread, post(moderation))).toEqual([poster]);
  });
});

describe('what decides who may see a reply', () => {
  it('is the reply’s author, moderation and deletion, and its thread’s privacy', () => {
    const deleted = reply({ moderation: Moderation.PENDING, deletedAt: new Date() });
    expect(factsOf(deleted, { privateTo: poster })).toEqual({
      authorId: replier,
      moderation: Moderation.PENDING,
      privateTo: poster,
      deleted: true,
    });
    expect(factsOf(reply(), openThread).deleted).toBe(false);
  });
});

describe('what a reply’s events carry', () => {
  it('a reply’s text, author’s name and times', () => {
    const edited = reply({ editedAt: new Date('2026-01-03T00:00:00Z') });
    expect(payloadOf(edited, { displayName: 'Ada' })).toEqual({
      id: 'reply-1',
      threadId: 'thread-1',
      parentId: null,
      depth: 0,
      authorId: replier,
      authorName: 'Ada',
      body: 'I read it otherwise.',
      createdAt: '2026-01-02T03:04:05.000Z',
      editedAt: '2026-01-03T00:00:00.000Z',
      deleted: false,
    });
  });

  it('a deleted reply keeps its place in the thread without its text', () => {
    const payload = payloadOf(reply({ deletedAt: new Date() }), { displayName: 'Ada' });
    expect(payload).toMatchObject({ id: 'reply-1', body: '', deleted: true });
  });
});
