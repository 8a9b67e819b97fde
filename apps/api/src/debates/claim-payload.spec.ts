import { debateRoom, moderatorsRoom, userRoom } from '@glossa/contracts';
import { Moderation } from '../posts/moderation-state';
import { ClaimEntity } from './claim.entity';
import { Stance } from './debate-status';
import { claimAudience, claimPayload } from './claim-payload';

const claim = (extra: Partial<ClaimEntity> = {}): ClaimEntity =>
  Object.assign(new ClaimEntity(), {
    id: 'c1',
    debateId: 'd1',
    seminarId: 's1',
    parentId: null,
    stance: Stance.PRO,
    authorId: 'u1',
    body: 'Because.',
    bodyHtml: '<p>Because.</p>',
    threadId: 't1',
    moderation: Moderation.VISIBLE,
    pinnedAt: null,
    clientId: null,
    createdAt: new Date('2026-01-01T00:00:00Z'),
    editedAt: null,
    deletedAt: null,
    ...extra,
  });

describe('claimPayload', () => {
  it('carries the text and evidence of a visible claim', () => {
    const payload = claimPayload(claim({ pinnedAt: new Date() }), 'Ada', ['a1']);
    expect(payload).toMatchObject({ body: 'Because.', evidenceAnnotationIds: ['a1'], pinned: true, deleted: false });
    expect(payload.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(payload.editedAt).toBeNull();
  });

  it('drops the text and evidence of a deleted or removed claim, keeping its place', () => {
    const deleted = claimPayload(claim({ deletedAt: new Date() }), 'Ada', ['a1']);
    expect(deleted).toMatchObject({ id: 'c1', body: '', evidenceAnnotationIds: [], deleted: true });
    const removed = claimPayload(claim({ moderation: Moderation.REMOVED }), 'Ada', ['a1']);
    expect(removed).toMatchObject({ body: '', evidenceAnnotationIds: [], deleted: false });
  });
});

describe('claimAudience', () => {
  it('tells the debate of visible and removed claims', () => {
    expect(claimAudience(claim())).toEqual([debateRoom('d1')]);
    expect(claimAudience(claim({ moderation: Moderation.REMOVED }))).toEqual([debateRoom('d1')]);
  });

  it('tells only the moderators and the author of pending and hidden claims', () => {
    for (const moderation of [Moderation.PENDING, Moderation.HIDDEN])
      expect(claimAudience(claim({ moderation }))).toEqual([moderatorsRoom('s1'), userRoom('u1')]);
  });
});
