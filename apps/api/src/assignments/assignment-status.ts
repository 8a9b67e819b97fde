/** Where a member stands on an assignment (docs/assignments.md, "What members see"). */
export enum AssignmentState {
  /** Not yet open: only leaders see it. */
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  /** Due date (or the member's extension) passed without the work done: still accepted. */
  OVERDUE = 'OVERDUE',
  DONE = 'DONE',
  /** Done after the due date: marked, not refused. */
  DONE_LATE = 'DONE_LATE',
}

export interface ProgressFacts {
  opensAt: Date;
  /** The assignment's due date, or the member's extension. */
  dueAt: Date;
  completedAt: Date | null;
}

export function stateOf({ opensAt, dueAt, completedAt }: ProgressFacts, now: Date): AssignmentState {
  if (completedAt) return completedAt > dueAt ? AssignmentState.DONE_LATE : AssignmentState.DONE;
  if (now < opensAt) return AssignmentState.UPCOMING;
  return now < dueAt ? AssignmentState.OPEN : AssignmentState.OVERDUE;
}
