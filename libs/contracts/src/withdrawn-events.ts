import { z } from 'zod';

const id = z.string().uuid();
/**
 * Why members no longer see a post: its author deleted it or made it private, or a moderator hid or
 * removed it.
 */
const reason = z.enum(['DELETED', 'PRIVATE', 'HIDDEN', 'REMOVED']);

/**
 * Tombstones. When a post leaves the members' view, every earlier event of the members' room that
 * carried its text is rewritten in place (same room, same seq) to one of these, so a replay from any
 * `since` never serves what is now hidden, and its sequence keeps no holes. A client drops the post
 * (or fetches it again: the API answers with what this viewer may see, e.g. a removed placeholder).
 */
export const withdrawnEventPayloadSchemas = {
  'annotation.withdrawn': z.object({ annotationId: id, readingId: id, seminarId: id, reason }),
  'comment.withdrawn': z.object({
    commentId: id,
    threadId: id,
    subjectType: z.enum(['annotation', 'claim']),
    subjectId: id,
    reason,
  }),
} as const;
