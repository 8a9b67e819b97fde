import type { PassageActivity } from './useDiscussionMap';

function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** What a passage's cell says to a screen reader and in its tooltip: every measure in words. */
export function passageSummary(p: PassageActivity): string {
  const why = [
    plural(p.disagreeReactions, 'disagree reaction'),
    plural(p.replies, 'reply', 'replies'),
    plural(p.proClaims, 'PRO claim'),
    plural(p.conClaims, 'CON claim'),
  ].join(', ');
  return `Passage ${p.index + 1}: ${plural(p.annotations, 'annotation')}, ${plural(p.questions, 'question')}, disagreement ${p.disagreement} (${why})`;
}

/** The first words of a passage, for the ranked lists. */
export function excerpt(text: string, start: number, end: number, length = 90): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length <= length ? words : `${words.slice(0, words.lastIndexOf(' ', length) > 0 ? words.lastIndexOf(' ', length) : length)}…`;
}
