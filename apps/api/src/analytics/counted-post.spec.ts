import { Moderation } from '../posts/moderation-state';
import type { PostFacts } from '../posts/post-visibility';
import { countsFor } from './counted-post';

const post = (facts: Partial<PostFacts>): PostFacts => ({
  authorId: 'author',
  moderation: Moderation.VISIBLE,
  privateTo: null,
  deleted: false,
  ...facts,
});

describe('countsFor', () => {
  it('counts a visible post for anyone', () => {
    expect(countsFor(post({}), 'leader')).toBe(true);
  });

  it('never counts someone else’s private post, and counts one’s own', () => {
    expect(countsFor(post({ privateTo: 'author' }), 'leader')).toBe(false);
    expect(countsFor(post({ privateTo: 'author' }), 'author')).toBe(true);
  });

  it('leaves pending and hidden posts out for everyone but their author, moderators included', () => {
    for (const moderation of [Moderation.PENDING, Moderation.HIDDEN]) {
      expect(countsFor(post({ moderation }), 'leader')).toBe(false);
      expect(countsFor(post({ moderation }), 'author')).toBe(true);
    }
  });

  it('leaves out removed and deleted posts, whose text is gone, even for their author', () => {
    expect(countsFor(post({ moderation: Moderation.REMOVED }), 'author')).toBe(false);
    expect(countsFor(post({ deleted: true }), 'author')).toBe(false);
  });
});
