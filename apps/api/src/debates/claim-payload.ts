import { ClaimPayload, debateRoom, moderatorsRoom, userRoom } from '@glossa/contracts';
import { Moderation } from '../posts/moderation-state';
import type { ClaimEntity } from './claim.entity';

/** A claim as its events carry it: a deleted or removed claim keeps its place but loses its text. */
export function claimPayload(claim: ClaimEntity, authorName: string, evidence: string[]): ClaimPayload {
  const silenced = claim.deletedAt !== null || claim.moderation === Moderation.REMOVED;
  return {
    id: claim.id,
    debateId: claim.debateId,
    parentId: claim.parentId,
    stance: claim.stance,
    authorId: claim.authorId,
    authorName,
    body: silenced ? '' : claim.body,
    threadId: claim.threadId,
    moderation: claim.moderation,
    pinned: claim.pinnedAt !== null,
    evidenceAnnotationIds: silenced ? [] : evidence,
    createdAt: claim.createdAt.toISOString(),
    editedAt: claim.editedAt ? claim.editedAt.toISOString() : null,
    deleted: claim.deletedAt !== null,
  };
}

/** The rooms that hear of a claim's creation or change: pending and hidden claims reach only the moderators and the author. */
export function claimAudience(
  claim: Pick<ClaimEntity, 'moderation' | 'debateId' | 'seminarId' | 'authorId'>,
): string[] {
  if (claim.moderation === Moderation.VISIBLE || claim.moderation === Moderation.REMOVED)
    return [debateRoom(claim.debateId)];
  return [moderatorsRoom(claim.seminarId), userRoom(claim.authorId)];
}
