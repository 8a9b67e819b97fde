import { stillHides } from './hide-until-posted';

const now = new Date('2026-12-07T12:00:00Z');
const later = new Date('2026-12-08T12:00:00Z');
const earlier = new Date('2026-12-06T12:00:00Z');
const base = { hides: true, dueAt: later, completedAt: null, leads: false };

describe('hide until you post', () => {
  it('hides the reading from a member who has not completed the assignment before it is due', () => {
    expect(stillHides(base, now)).toBe(true);
  });

  it('stops hiding once the member has completed the assignment', () => {
    expect(stillHides({ ...base, completedAt: earlier }, now)).toBe(false);
  });

  it('stops hiding once the due date has passed', () => {
    expect(stillHides({ ...base, dueAt: earlier }, now)).toBe(false);
  });

  it('never hides anything from owners and moderators', () => {
    expect(stillHides({ ...base, leads: true }, now)).toBe(false);
  });

  it('hides nothing when the assignment does not ask for it', () => {
    expect(stillHides({ ...base, hides: false }, now)).toBe(false);
  });
});
