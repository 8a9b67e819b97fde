import type { EventPayload } from '@glossa/contracts';
import { maskPayload, peopleNamed } from './masked-payload';

const REAL = '11111111-1111-4111-8111-111111111111';
const OPAQUE = '22222222-2222-8222-8222-222222222222';
const mask = (id: string) => ({ id: id === REAL ? OPAQUE : id, name: 'Amber Heron' });

describe('masking an event payload', () => {
  it('replaces a comment’s author id and name, and nothing else', () => {
    const payload = {
      comment: { id: 'c', threadId: 't', parentId: null, depth: 0, authorId: REAL, authorName: 'Ada Real', body: 'b', createdAt: 'x', editedAt: null, deleted: false },
      subjectType: 'claim',
      subjectId: 's',
    } as EventPayload<'comment.created'>;
    const masked = maskPayload('comment.created', payload, mask);
    expect(masked?.comment).toEqual({ ...payload.comment, authorId: OPAQUE, authorName: 'Amber Heron' });
    expect(JSON.stringify(masked)).not.toContain(REAL);
    expect(JSON.stringify(masked)).not.toContain('Ada Real');
  });

  it('replaces who reacted and who joined', () => {
    const reaction = { subjectType: 'claim', subjectId: 's', userId: REAL, kind: 'AGREE', added: true, counts: {} } as EventPayload<'reaction.changed'>;
    expect(maskPayload('reaction.changed', reaction, mask)?.userId).toBe(OPAQUE);
    const joined = { seminarId: 's', userId: REAL, displayName: 'Ada Real', role: 'MEMBER' } as EventPayload<'member.joined'>;
    expect(maskPayload('member.joined', joined, mask)).toEqual({ ...joined, userId: OPAQUE, displayName: 'Amber Heron' });
    expect(peopleNamed('member.joined', joined)).toEqual([REAL]);
  });

  it('leaves events that name nobody alone', () => {
    expect(maskPayload('debate.updated', {} as EventPayload<'debate.updated'>, mask)).toBeNull();
  });
});
