import { AssignmentState, stateOf } from './assignment-status';

const opensAt = new Date('2026-12-01T09:00:00Z');
const dueAt = new Date('2026-12-08T09:00:00Z');

describe('assignment state', () => {
  it('is upcoming before it opens', () => {
    expect(stateOf({ opensAt, dueAt, completedAt: null }, new Date('2026-11-30T09:00:00Z'))).toBe(
      AssignmentState.UPCOMING,
    );
  });

  it('is open between its opening and its due date', () => {
    expect(stateOf({ opensAt, dueAt, completedAt: null }, new Date('2026-12-05T09:00:00Z'))).toBe(AssignmentState.OPEN);
  });

  it('is overdue, not closed, after the due date without the work', () => {
    expect(stateOf({ opensAt, dueAt, completedAt: null }, new Date('2026-12-09T09:00:00Z'))).toBe(
      AssignmentState.OVERDUE,
    );
  });

  it('marks work completed after the due date as late', () => {
    const completedAt = new Date('2026-12-08T10:00:00Z');
    expect(stateOf({ opensAt, dueAt, completedAt }, completedAt)).toBe(AssignmentState.DONE_LATE);
  });

  it('marks work completed by the due date (or the member’s extension) as done', () => {
    const completedAt = new Date('2026-12-09T10:00:00Z');
    const extended = new Date('2026-12-10T09:00:00Z');
    expect(stateOf({ opensAt, dueAt: extended, completedAt }, completedAt)).toBe(AssignmentState.DONE);
  });
});
