import type {
  LiveHandPayload,
  LivePollPayload,
  LivePositionPayload,
  LiveRoundPayload,
  LiveSessionPayload,
  LiveSpotlightPayload,
} from '@glossa/contracts';

/** Rows of the live module's tables as its SQL selects them (snake_case columns, as stored). */
export interface SessionRow {
  id: string;
  seminar_id: string;
  subject_type: 'READING' | 'DEBATE';
  subject_id: string;
  title: string;
  started_by: string;
  facilitator_id: string;
  facilitator_name: string;
  position_offset: number | null;
  position_claim_id: string | null;
  started_at: Date;
  ended_at: Date | null;
  summary_markdown: string | null;
}

/** The session's columns with its facilitator's name; `s` is live_sessions. */
export const SESSION_COLUMNS = `s.id, s.seminar_id, s.subject_type, s.subject_id, s.title, s.started_by, s.facilitator_id,
  (SELECT u.display_name FROM users u WHERE u.id = s.facilitator_id) AS facilitator_name,
  s.position_offset, s.position_claim_id, s.started_at, s.ended_at, s.summary_markdown`;

export interface SpotlightRow {
  id: string;
  session_id: string;
  kind: 'SELECTION' | 'ANNOTATION' | 'CLAIM';
  annotation_id: string | null;
  claim_id: string | null;
  position_start: number | null;
  position_end: number | null;
  exact: string;
  note: string;
  created_at: Date;
}

export interface PollRow {
  id: string;
  session_id: string;
  kind: 'CHOICE' | 'AGREEMENT';
  question: string;
  options: string[];
  claim_id: string | null;
  anonymous: boolean;
  created_at: Date;
  closed_at: Date | null;
}

export interface AnswerRow {
  poll_id: string;
  user_id: string;
  display_name: string;
  option_index: number;
}

export interface RoundRow {
  id: string;
  session_id: string;
  prompt: string;
  stance: 'PRO' | 'CON' | null;
  seconds: number;
  started_at: Date;
  ends_at: Date;
  closed_at: Date | null;
}

export interface HandRow {
  user_id: string;
  display_name: string;
  raised_at: Date;
}

export function sessionPayload(row: SessionRow): LiveSessionPayload {
  return {
    id: row.id,
    seminarId: row.seminar_id,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    title: row.title,
    facilitatorId: row.facilitator_id,
    facilitatorName: row.facilitator_name,
    startedAt: iso(row.started_at),
    endedAt: row.ended_at ? iso(row.ended_at) : null,
  };
}

export function positionPayload(row: Pick<SessionRow, 'position_offset' | 'position_claim_id'>): LivePositionPayload {
  return { offset: row.position_offset, claimId: row.position_claim_id };
}

export function spotlightPayload(row: SpotlightRow): LiveSpotlightPayload {
  return {
    id: row.id,
    kind: row.kind,
    annotationId: row.annotation_id,
    claimId: row.claim_id,
    start: row.position_start,
    end: row.position_end,
    exact: row.exact,
    note: row.note,
    createdAt: iso(row.created_at),
  };
}

/** A poll with its tally from `answers` (all of this poll's answers). */
export function pollPayload(row: PollRow, answers: AnswerRow[]): LivePollPayload {
  const counts = row.options.map(() => 0);
  for (const answer of answers) counts[answer.option_index] += 1;
  return {
    id: row.id,
    kind: row.kind,
    question: row.question,
    options: row.options,
    claimId: row.claim_id,
    anonymous: row.anonymous,
    open: row.closed_at === null,
    closedAt: row.closed_at ? iso(row.closed_at) : null,
    counts,
    total: answers.length,
    voters: row.anonymous
      ? null
      : answers.map((a) => ({ userId: a.user_id, displayName: a.display_name, option: a.option_index })),
  };
}

export function roundPayload(row: RoundRow): LiveRoundPayload {
  return {
    id: row.id,
    prompt: row.prompt,
    stance: row.stance,
    seconds: row.seconds,
    startedAt: iso(row.started_at),
    endsAt: iso(row.ends_at),
    closedAt: row.closed_at ? iso(row.closed_at) : null,
  };
}

export function handPayload(row: HandRow): LiveHandPayload {
  return { userId: row.user_id, displayName: row.display_name, raisedAt: iso(row.raised_at) };
}

/** When a round stopped taking claims: closed early, or its time ran out (null: still running at `now`). */
export function roundEnd(row: RoundRow, now: Date): Date | null {
  if (row.closed_at && row.closed_at < row.ends_at) return row.closed_at;
  return row.ends_at <= now ? row.ends_at : row.closed_at;
}

function iso(value: Date | string): string {
  return new Date(value).toISOString();
}

/**
 * The rows of an UPDATE or DELETE … RETURNING: TypeORM's Postgres driver answers those with
 * `[rows, affectedCount]` rather than the rows alone.
 */
export function returned<T>(result: unknown): T[] {
  return Array.isArray(result) && result.length === 2 && Array.isArray(result[0]) && typeof result[1] === 'number'
    ? (result[0] as T[])
    : (result as T[]);
}
