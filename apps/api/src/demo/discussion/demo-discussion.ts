/**
 * The shape of the demo seminar's discussion, written as content (one module per reading) and
 * seeded through the services members use. People are named by their DEMO_ACCOUNTS key; `@ama` in
 * a body becomes a real mention of Ama when seeded.
 */
export type DemoPerson = 'ruth' | 'malik' | 'ama' | 'ben' | 'oskar';

export type DemoReaction = 'AGREE' | 'DISAGREE' | 'INSIGHTFUL' | 'SAME_QUESTION';

export type DemoColor = 'yellow' | 'green' | 'blue' | 'pink' | 'purple' | 'orange';

export interface DemoReply {
  /** Unique within its reading; also names the reply's clientId. */
  key: string;
  by: DemoPerson;
  body: string;
  /** The reply this one answers (a key of the same thread); none: the annotation itself. */
  to?: string;
  reactions?: Array<[DemoPerson, DemoReaction]>;
}

export interface DemoAnnotation {
  /** Unique within its reading; also names the annotation's clientId. */
  key: string;
  by: DemoPerson;
  /** Exact words of the reading (the first occurrence, or the `occurrence`-th, counted from 1). */
  passage: string;
  occurrence?: number;
  kind: 'highlight' | 'comment' | 'question';
  body?: string;
  tags?: string[];
  color?: DemoColor;
  /** Seen by its author only. */
  private?: boolean;
  replies?: DemoReply[];
  reactions?: Array<[DemoPerson, DemoReaction]>;
}

/** A later revision of a reading: the same text with these replacements (each must match once). */
export interface DemoRevision {
  by: DemoPerson;
  note: string;
  edits: Array<{ find: string; replace: string }>;
  /** Annotations (keys) the revision moves: re-anchored fuzzily, or orphaned; all others stay exact. */
  moves: { fuzzy: string[]; orphaned: string[] };
}

export interface DemoReadingDiscussion {
  /** The reading's file in data/readings. */
  file: string;
  annotations: DemoAnnotation[];
  revision?: DemoRevision;
}
