import type { AssignmentState } from '../../gql/graphql';

/** How a member's state on an assignment reads on the page: late work is marked, not refused. */
export const STATE_WORDS: Record<AssignmentState, string> = {
  UPCOMING: 'Not open yet',
  OPEN: 'To do',
  OVERDUE: 'Overdue — still accepted',
  DONE: 'Done',
  DONE_LATE: 'Done, late',
};

/** "2 annotations" / "1 claim": what completes the assignment. */
export function requiredWork(count: number, onDebate: boolean): string {
  const noun = onDebate ? 'claim' : 'annotation';
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** A `datetime-local` field's value (local time, minutes) for a date. */
export function localInputValue(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
