import { AssignmentProgressModel, AssignmentModel } from './assignment.model';
import { stateOf } from './assignment-status';
import { stillHides } from '../assignment-rules/hide-until-posted';

/** An `assignments` row joined with one member's `assignment_progress` row (absent: nothing posted yet). */
export interface AssignmentRow {
  id: string;
  seminar_id: string;
  reading_id: string | null;
  debate_id: string | null;
  range_start: number | null;
  range_end: number | null;
  title: string;
  instructions: string;
  opens_at: Date;
  due_at: Date;
  hide_until_posted: boolean;
  in_groups: boolean;
  required_posts: number;
  created_at: Date;
}

export interface ProgressRow {
  user_id: string;
  posts: number | null;
  completed_at: Date | null;
  extended_due_at: Date | null;
}

/** The columns of `assignments`, for SELECT and RETURNING. */
export const ASSIGNMENT_COLUMNS = `id, seminar_id, reading_id, debate_id, range_start, range_end, title, instructions,
  opens_at, due_at, hide_until_posted, in_groups, required_posts, created_at`;

export function progressOf(
  assignment: AssignmentRow,
  progress: ProgressRow,
  person: { displayName: string; leads: boolean },
  now: Date,
): AssignmentProgressModel {
  const dueAt = progress.extended_due_at ?? assignment.due_at;
  const facts = { opensAt: assignment.opens_at, dueAt, completedAt: progress.completed_at };
  return Object.assign(new AssignmentProgressModel(), {
    userId: progress.user_id,
    displayName: person.displayName,
    posts: progress.posts ?? 0,
    completedAt: progress.completed_at,
    dueAt,
    extendedDueAt: progress.extended_due_at,
    state: stateOf(facts, now),
    late: progress.completed_at !== null && progress.completed_at > dueAt,
    hidesOthers: stillHides({ hides: assignment.hide_until_posted, leads: person.leads, ...facts }, now),
  });
}

export function assignmentOf(row: AssignmentRow, mine: AssignmentProgressModel): AssignmentModel {
  return Object.assign(new AssignmentModel(), {
    id: row.id,
    seminarId: row.seminar_id,
    readingId: row.reading_id,
    debateId: row.debate_id,
    rangeStart: row.range_start,
    rangeEnd: row.range_end,
    title: row.title,
    instructions: row.instructions,
    opensAt: row.opens_at,
    dueAt: row.due_at,
    hideUntilPosted: row.hide_until_posted,
    inGroups: row.in_groups,
    requiredPosts: row.required_posts,
    createdAt: row.created_at,
    myProgress: mine,
  });
}
