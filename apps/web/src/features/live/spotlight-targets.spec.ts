import { annotationMayBeSpotlit, claimMayBeSpotlit } from './spotlight-targets';

describe('what a card may put in the spotlight', () => {
  const annotation = { visibility: 'SEMINAR', deleted: false, anchorStatus: 'exact' };

  it('offers a seminar annotation anchored exactly or fuzzily', () => {
    expect(annotationMayBeSpotlit(annotation)).toBe(true);
    expect(annotationMayBeSpotlit({ ...annotation, anchorStatus: 'fuzzy' })).toBe(true);
  });

  it('does not offer a private, deleted or orphaned annotation', () => {
    expect(annotationMayBeSpotlit({ ...annotation, visibility: 'PRIVATE' })).toBe(false);
    expect(annotationMayBeSpotlit({ ...annotation, deleted: true })).toBe(false);
    expect(annotationMayBeSpotlit({ ...annotation, anchorStatus: 'orphaned' })).toBe(false);
  });

  it('offers only a visible claim that is not deleted', () => {
    expect(claimMayBeSpotlit({ moderation: 'VISIBLE', deleted: false })).toBe(true);
    expect(claimMayBeSpotlit({ moderation: 'VISIBLE', deleted: true })).toBe(false);
    for (const moderation of ['PENDING', 'HIDDEN', 'REMOVED'])
      expect(claimMayBeSpotlit({ moderation, deleted: false })).toBe(false);
  });
});
