import type { HighlightRange } from './highlight-ranges';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Ama Mensah", "Ama Mensah and Ben Carter", "Ama Mensah and 2 others". */
function whoWrote(names: readonly string[]): string {
  if (names.length <= 2) return names.join(' and ');
  return `${names[0]} and ${plural(names.length - 1, 'other', 'others')}`;
}

/**
 * What a screen reader hears on a run of highlighted words (issue 16): who highlighted it and how
 * many annotations and replies are there — "Highlight by Ama Mensah and 2 others, 3 annotations,
 * 4 replies". The innermost highlight (drawn on top, opened by a click) names its author first.
 * Null for a run that holds only the passage being annotated.
 */
export function highlightName(layers: readonly HighlightRange[]): string | null {
  const saved = layers.filter((l) => !l.pending);
  if (saved.length === 0) return null;
  const replies = saved.reduce((sum, l) => sum + (l.replies ?? 0), 0);
  const threads = replies > 0 ? `, ${plural(replies, 'reply', 'replies')}` : '';
  const live = saved.filter((l) => !l.deleted);
  if (live.length === 0) return `${plural(saved.length, 'deleted annotation', 'deleted annotations')}${threads}`;
  const names: string[] = [];
  for (let i = live.length - 1; i >= 0; i -= 1) {
    const name = live[i].author;
    if (name && !names.includes(name)) names.push(name);
  }
  const by = names.length > 0 ? ` by ${whoWrote(names)}` : '';
  return `Highlight${by}, ${plural(saved.length, 'annotation', 'annotations')}${threads}`;
}
