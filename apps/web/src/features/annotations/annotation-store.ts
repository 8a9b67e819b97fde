import type { ReactionKind } from '../../gql/graphql';
import type { AnnotationRecord, ReactionRecord, ReplyRecord } from './annotation-fields';

/**
 * The reading room's client-side store of annotations and their threads, normalized by id.
 *
 * Everything that changes what the room shows goes through these actions: the initial load, the
 * answers of this person's own mutations, and — once the realtime layer is wired — the Socket.IO
 * events of everyone else (`annotation.created/updated` → `upsertAnnotation`, `annotation.deleted`
 * → `removeAnnotation`, `comment.created/updated` → `upsertReply`, `comment.deleted` →
 * `markReplyDeleted`, `reaction.changed` → `reactionChanged`, `reading.revised` → reload). Each
 * action is idempotent, so an event that repeats what a mutation already applied changes nothing.
 */

/** The replies of a thread the room holds. */
export interface ThreadPage {
  /** Reply ids, oldest first (the API's order). */
  replyIds: string[];
  hasMore: boolean;
  endCursor: string | null;
  /**
   * Whether its first page has been fetched. The reading's annotations come without their replies
   * (bench/web: they were most of a 1.6 MB answer); a thread fetches them when it opens, and until
   * then holds only the replies that arrived live.
   */
  fetched: boolean;
}

const unfetched: ThreadPage = { replyIds: [], hasMore: false, endCursor: null, fetched: false };

export interface AnnotationStoreState {
  annotations: Readonly<Record<string, AnnotationRecord>>;
  replies: Readonly<Record<string, ReplyRecord>>;
  /** Keyed by thread id. */
  threads: Readonly<Record<string, ThreadPage>>;
  /** Thread id → the annotation it discusses. */
  subjects: Readonly<Record<string, string>>;
}

/** An annotation as a query returns it: with the first page of its thread, or without its replies. */
export interface LoadedAnnotation extends AnnotationRecord {
  replies?: { edges: Array<{ node: ReplyRecord }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}

export type AnnotationStoreAction =
  | { type: 'loaded'; annotations: LoadedAnnotation[] }
  | { type: 'upsertAnnotation'; annotation: AnnotationRecord }
  | { type: 'removeAnnotation'; id: string }
  | { type: 'upsertReply'; reply: ReplyRecord }
  | { type: 'markReplyDeleted'; replyId: string }
  | { type: 'repliesPage'; threadId: string; replies: ReplyRecord[]; hasMore: boolean; endCursor: string | null }
  | { type: 'setReactions'; subjectId: string; reactions: ReactionRecord[] }
  | {
      type: 'reactionChanged';
      subjectId: string;
      counts: Partial<Record<ReactionKind, number>>;
      kind: ReactionKind;
      added: boolean;
      /** Whether the person who reacted is the one looking: only then does "mine" change. */
      byViewer: boolean;
    };

export const emptyAnnotationStore: AnnotationStoreState = { annotations: {}, replies: {}, threads: {}, subjects: {} };

export const REACTION_KINDS: readonly ReactionKind[] = ['AGREE', 'DISAGREE', 'INSIGHTFUL', 'SAME_QUESTION'];

export function annotationStoreReducer(state: AnnotationStoreState, action: AnnotationStoreAction): AnnotationStoreState {
  switch (action.type) {
    case 'loaded':
      return loaded(action.annotations);
    case 'upsertAnnotation':
      return upsertAnnotation(state, action.annotation);
    case 'removeAnnotation':
      return removeAnnotation(state, action.id);
    case 'upsertReply':
      return upsertReply(state, action.reply);
    case 'markReplyDeleted': {
      const reply = state.replies[action.replyId];
      if (!reply || reply.deleted) return state;
      return upsertReply(state, { ...reply, deleted: true, body: '', bodyHtml: '' });
    }
    case 'repliesPage':
      return repliesPage(state, action);
    case 'setReactions':
      return setReactions(state, action.subjectId, action.reactions);
    case 'reactionChanged': {
      const previous = state.annotations[action.subjectId]?.reactions ?? state.replies[action.subjectId]?.reactions;
      if (!previous) return state;
      return setReactions(state, action.subjectId, reactionsAfterChange(previous, action));
    }
  }
}

function loaded(annotations: LoadedAnnotation[]): AnnotationStoreState {
  const state = {
    annotations: {} as Record<string, AnnotationRecord>,
    replies: {} as Record<string, ReplyRecord>,
    threads: {} as Record<string, ThreadPage>,
    subjects: {} as Record<string, string>,
  };
  for (const { replies, ...annotation } of annotations) {
    state.annotations[annotation.id] = annotation;
    state.subjects[annotation.threadId] = annotation.id;
    if (!replies) {
      state.threads[annotation.threadId] = unfetched;
      continue;
    }
    const nodes = replies.edges.map((e) => e.node);
    for (const reply of nodes) state.replies[reply.id] = reply;
    state.threads[annotation.threadId] = {
      replyIds: nodes.map((r) => r.id),
      hasMore: replies.pageInfo.hasNextPage,
      endCursor: replies.pageInfo.endCursor,
      fetched: true,
    };
  }
  return state;
}

function upsertAnnotation(state: AnnotationStoreState, annotation: AnnotationRecord): AnnotationStoreState {
  const record = withoutReplies(annotation);
  if (sameJson(state.annotations[record.id], record)) return state;
  return {
    ...state,
    annotations: { ...state.annotations, [record.id]: record },
    subjects: state.subjects[record.threadId] === record.id ? state.subjects : { ...state.subjects, [record.threadId]: record.id },
    // A thread new to the room has nothing to fetch when nobody has replied yet (a new annotation).
    threads: state.threads[record.threadId]
      ? state.threads
      : { ...state.threads, [record.threadId]: { ...unfetched, fetched: record.replyCount === 0 && !record.deleted } },
  };
}

/** A record as stored: a thread's replies live in `replies`, never inside the annotation. */
function withoutReplies(annotation: AnnotationRecord | LoadedAnnotation): AnnotationRecord {
  if (!('replies' in annotation)) return annotation;
  const { replies: _replies, ...record } = annotation;
  return record;
}

function removeAnnotation(state: AnnotationStoreState, id: string): AnnotationStoreState {
  const annotation = state.annotations[id];
  if (!annotation) return state;
  const annotations = { ...state.annotations };
  delete annotations[id];
  const replies = { ...state.replies };
  for (const replyId of state.threads[annotation.threadId]?.replyIds ?? []) delete replies[replyId];
  const threads = { ...state.threads };
  delete threads[annotation.threadId];
  const subjects = { ...state.subjects };
  delete subjects[annotation.threadId];
  return { annotations, replies, threads, subjects };
}

function upsertReply(state: AnnotationStoreState, reply: ReplyRecord): AnnotationStoreState {
  const previous = state.replies[reply.id];
  if (sameJson(previous, reply)) return state;
  const thread = state.threads[reply.threadId] ?? unfetched;
  const replies = { ...state.replies, [reply.id]: reply };
  const replyIds = previous ? thread.replyIds : sortReplyIds([...thread.replyIds, reply.id], replies);
  // replyCount counts replies that are not deleted (schema: Annotation.replyCount).
  const liveBefore = previous ? (previous.deleted ? 0 : 1) : 0;
  const liveAfter = reply.deleted ? 0 : 1;
  let annotations = state.annotations;
  const subjectId = state.subjects[reply.threadId];
  const subject = subjectId ? state.annotations[subjectId] : undefined;
  if (subject && liveAfter !== liveBefore) {
    annotations = { ...annotations, [subject.id]: { ...subject, replyCount: Math.max(0, subject.replyCount + liveAfter - liveBefore) } };
  }
  return { ...state, annotations, replies, threads: { ...state.threads, [reply.threadId]: { ...thread, replyIds } } };
}

function repliesPage(
  state: AnnotationStoreState,
  page: { threadId: string; replies: ReplyRecord[]; hasMore: boolean; endCursor: string | null },
): AnnotationStoreState {
  const thread = state.threads[page.threadId] ?? unfetched;
  const replies = { ...state.replies };
  for (const reply of page.replies) replies[reply.id] = reply;
  const replyIds = sortReplyIds([...new Set([...thread.replyIds, ...page.replies.map((r) => r.id)])], replies);
  return {
    ...state,
    replies,
    threads: { ...state.threads, [page.threadId]: { replyIds, hasMore: page.hasMore, endCursor: page.endCursor, fetched: true } },
  };
}

function setReactions(state: AnnotationStoreState, subjectId: string, reactions: ReactionRecord[]): AnnotationStoreState {
  const annotation = state.annotations[subjectId];
  if (annotation) {
    if (sameJson(annotation.reactions, reactions)) return state;
    return { ...state, annotations: { ...state.annotations, [subjectId]: { ...annotation, reactions } } };
  }
  const reply = state.replies[subjectId];
  if (reply) {
    if (sameJson(reply.reactions, reactions)) return state;
    return { ...state, replies: { ...state.replies, [subjectId]: { ...reply, reactions } } };
  }
  return state;
}

/**
 * The reactions after someone toggled one: counts come from the event (the server's truth), and
 * "mine" changes only when the viewer reacted.
 */
export function reactionsAfterChange(
  previous: readonly ReactionRecord[],
  change: { counts: Partial<Record<ReactionKind, number>>; kind: ReactionKind; added: boolean; byViewer: boolean },
): ReactionRecord[] {
  return REACTION_KINDS.flatMap((kind) => {
    const count = change.counts[kind] ?? 0;
    const mineBefore = previous.find((r) => r.kind === kind)?.mine ?? false;
    const mine = change.byViewer && kind === change.kind ? change.added : mineBefore;
    return count > 0 || mine ? [{ kind, count: Math.max(count, mine ? 1 : 0), mine }] : [];
  });
}

/** The reactions as they will be after the viewer toggles `kind`, for an optimistic update. */
export function toggledReactions(previous: readonly ReactionRecord[], kind: ReactionKind, active: boolean): ReactionRecord[] {
  const counts: Partial<Record<ReactionKind, number>> = {};
  for (const r of previous) counts[r.kind] = r.count;
  const mineBefore = previous.find((r) => r.kind === kind)?.mine ?? false;
  if (active !== mineBefore) counts[kind] = Math.max(0, (counts[kind] ?? 0) + (active ? 1 : -1));
  return reactionsAfterChange(previous, { counts, kind, added: active, byViewer: true });
}

function sortReplyIds(ids: string[], replies: Readonly<Record<string, ReplyRecord>>): string[] {
  return ids.sort((a, b) => {
    const ra = replies[a];
    const rb = replies[b];
    return ra.createdAt === rb.createdAt ? (a < b ? -1 : 1) : ra.createdAt < rb.createdAt ? -1 : 1;
  });
}

function sameJson(a: unknown, b: unknown): boolean {
  return a !== undefined && JSON.stringify(a) === JSON.stringify(b);
}

/** The annotations in text order (start, then end, then age), as the sidebar lists them. */
export function annotationsInTextOrder(annotations: Readonly<Record<string, AnnotationRecord>>): AnnotationRecord[] {
  return Object.values(annotations).sort(
    (a, b) =>
      a.target.start - b.target.start ||
      a.target.end - b.target.end ||
      (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0) ||
      (a.id < b.id ? -1 : 1),
  );
}

/** The replies of a thread as loaded, oldest first. */
export function threadReplies(state: AnnotationStoreState, threadId: string): ReplyRecord[] {
  return (state.threads[threadId]?.replyIds ?? []).map((id) => state.replies[id]).filter((r): r is ReplyRecord => r !== undefined);
}
