import { FollowController } from './follow-controller';

describe('FollowController', () => {
  it('does not pause for the scroll it started itself, but pauses for the reader’s own', () => {
    let now = 0;
    const follow = new FollowController(() => now, 900);
    expect(follow.willScroll()).toBe(true);
    now = 500;
    follow.scrolled();
    expect(follow.isFollowing).toBe(true);
    now = 2000;
    follow.scrolled();
    expect(follow.isFollowing).toBe(false);
    expect(follow.willScroll()).toBe(false);
  });

  it('follows again when asked, and tells its listeners each change', () => {
    const follow = new FollowController(() => 0);
    const changes = jest.fn();
    follow.subscribe(changes);
    follow.pause();
    follow.resume();
    expect(follow.isFollowing).toBe(true);
    expect(changes).toHaveBeenCalledTimes(2);
  });
});
