import { nextPostState, PostAction } from './moderation-rules';
import { Moderation } from '../posts/moderation-state';

const state = (moderation: Moderation, pinned = false) => ({ moderation, pinned });

describe('nextPostState', () => {
  it('approves only a pending post', () => {
    expect(nextPostState(PostAction.APPROVE, state(Moderation.PENDING))).toEqual(state(Moderation.VISIBLE));
    expect(nextPostState(PostAction.APPROVE, state(Moderation.VISIBLE))).toBeNull();
  });

  it('hides a visible or pending post and unpins it; hiding twice is a conflict', () => {
    expect(nextPostState(PostAction.HIDE, state(Moderation.VISIBLE, true))).toEqual(state(Moderation.HIDDEN));
    expect(nextPostState(PostAction.HIDE, state(Moderation.PENDING))).toEqual(state(Moderation.HIDDEN));
    expect(nextPostState(PostAction.HIDE, state(Moderation.HIDDEN))).toBeNull();
  });

  it('restores hidden or removed posts only', () => {
    expect(nextPostState(PostAction.RESTORE, state(Moderation.HIDDEN))).toEqual(state(Moderation.VISIBLE));
    expect(nextPostState(PostAction.RESTORE, state(Moderation.REMOVED))).toEqual(state(Moderation.VISIBLE));
    expect(nextPostState(PostAction.RESTORE, state(Moderation.VISIBLE))).toBeNull();
  });

  it('removes anything not yet removed', () => {
    for (const m of [Moderation.PENDING, Moderation.VISIBLE, Moderation.HIDDEN])
      expect(nextPostState(PostAction.REMOVE, state(m))).toEqual(state(Moderation.REMOVED));
    expect(nextPostState(PostAction.REMOVE, state(Moderation.REMOVED))).toBeNull();
  });

  it('pins visible posts once, and unpins pinned ones', () => {
    expect(nextPostState(PostAction.PIN, state(Moderation.VISIBLE))).toEqual(state(Moderation.VISIBLE, true));
    expect(nextPostState(PostAction.PIN, state(Moderation.VISIBLE, true))).toBeNull();
    expect(nextPostState(PostAction.PIN, state(Moderation.HIDDEN))).toBeNull();
    expect(nextPostState(PostAction.UNPIN, state(Moderation.VISIBLE, true))).toEqual(state(Moderation.VISIBLE));
    expect(nextPostState(PostAction.UNPIN, state(Moderation.VISIBLE))).toBeNull();
  });
});
