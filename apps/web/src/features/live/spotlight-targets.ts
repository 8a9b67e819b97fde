/**
 * What the API lets the facilitator spotlight (live-spotlights.service.ts): a seminar annotation
 * still anchored in the reading, and a visible claim. Cards offer the action only for those.
 */
export function annotationMayBeSpotlit(annotation: {
  visibility: string;
  deleted: boolean;
  anchorStatus: string;
}): boolean {
  return annotation.visibility === 'SEMINAR' && !annotation.deleted && annotation.anchorStatus !== 'orphaned';
}

export function claimMayBeSpotlit(claim: { moderation: string; deleted: boolean }): boolean {
  return claim.moderation === 'VISIBLE' && !claim.deleted;
}
