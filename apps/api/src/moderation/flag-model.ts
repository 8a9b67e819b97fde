import { ModerationSubject } from './moderation.inputs';
import { FlagModel } from './moderation.models';

/** The subject kind of each table-level name (as stored in flags and the audit log). */
export const SUBJECT_OF: Record<string, ModerationSubject> = {
  annotation: ModerationSubject.ANNOTATION,
  comment: ModerationSubject.REPLY,
  claim: ModerationSubject.CLAIM,
};

/** A flag as stored, with its reporter's name. */
export interface FlagRow {
  id: string;
  subject_type: string;
  subject_id: string;
  reason: string;
  status: string;
  created_at: Date;
  reporter_name: string;
}

export function flagModel(row: FlagRow): FlagModel {
  return Object.assign(new FlagModel(), {
    id: row.id,
    subjectType: SUBJECT_OF[row.subject_type],
    subjectId: row.subject_id,
    reason: row.reason,
    status: row.status,
    createdAt: row.created_at,
    reporterName: row.reporter_name,
  });
}
