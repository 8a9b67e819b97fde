/** Reactions a member can give a post, one of each kind at most (as Hypothesis and Perusall offer). */
export enum ReactionKind {
  AGREE = 'AGREE',
  DISAGREE = 'DISAGREE',
  INSIGHTFUL = 'INSIGHTFUL',
  SAME_QUESTION = 'SAME_QUESTION',
}

export type ReactionSubject = 'annotation' | 'comment' | 'claim';

export type ReactionCounts = Record<ReactionKind, number>;

export function emptyCounts(): ReactionCounts {
  return { AGREE: 0, DISAGREE: 0, INSIGHTFUL: 0, SAME_QUESTION: 0 };
}
