import { flagModel } from './flag-model';
import { ModerationSubject } from './moderation.inputs';

describe('flagModel', () => {
  it('names each stored subject type as the API does', () => {
    const row = (subject_type: string) => ({
      id: 'f1',
      subject_type,
      subject_id: 's1',
      reason: 'Off topic',
      status: 'OPEN',
      created_at: new Date('2026-01-01T00:00:00Z'),
      reporter_name: 'Ada',
    });
    expect(flagModel(row('annotation')).subjectType).toBe(ModerationSubject.ANNOTATION);
    expect(flagModel(row('comment')).subjectType).toBe(ModerationSubject.REPLY);
    expect(flagModel(row('claim'))).toMatchObject({
      id: 'f1',
      subjectType: ModerationSubject.CLAIM,
      subjectId: 's1',
      reason: 'Off topic',
      status: 'OPEN',
      reporterName: 'Ada',
    });
  });
});
