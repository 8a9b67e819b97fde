import { Moderation } from './moderation-state';
import { maySee, memberView, moderatable, PostFacts } from './post-visibility';

const author = 'author';
const post = (over: Partial<PostFacts> = {}): PostFacts => ({
  authorId: author,
  moderation: Moderation.VISIBLE,
  privateTo: null,
  deleted: false,
  ...over,
});
const member = { userId: 'member', moderates: false };
const moderator = { userId: 'moderator', moderates: true };

describe('post visibility', () => {
  it('shows a visible post to every member', () => {
    expect(maySee(post(), member)).toBe(true);
    expect(memberView(post())).toBe('content');
  });

  it('shows a hidden or pending post only to its author and the moderators', () => {
    for (const moderation of [Moderation.HIDDEN, Moderation.PENDING]) {
      expect(maySee(post({ moderation }), member)).toBe(false);
      expect(maySee(post({ moderation }), moderator)).toBe(true);
      expect(maySee(post({ moderation }), { userId: author, moderates: false })).toBe(true);
      expect(memberView(post({ moderation }))).toBe('nothing');
    }
  });

  it('keeps the place of a removed or deleted post for members, without its text', () => {
    expect(maySee(post({ moderation: Moderation.REMOVED }), member)).toBe(true);
    expect(memberView(post({ moderation: Moderation.REMOVED }))).toBe('place');
    expect(memberView(post({ deleted: true }))).toBe('place');
  });

  it('shows a private post to the one it is private to and nobody else, moderators included', () => {
    const note = post({ privateTo: author });
    expect(maySee(note, { userId: author, moderates: false })).toBe(true);
    expect(maySee(note, moderator)).toBe(false);
    expect(maySee(note, member)).toBe(false);
    expect(memberView(note)).toBe('nothing');
  });

  it('does not let moderators act on a private post', () => {
    expect(moderatable(post({ privateTo: author }))).toBe(false);
    expect(moderatable(post())).toBe(true);
  });
});
