import type { HighlightColor, Motivation } from '../../gql/graphql';
import type { IconName } from '../../ui/Icon';

export const MOTIVATIONS: ReadonlyArray<{ value: Motivation; label: string; plural: string; icon: IconName }> = [
  { value: 'highlighting', label: 'Highlight', plural: 'Highlights', icon: 'highlight' },
  { value: 'commenting', label: 'Comment', plural: 'Comments', icon: 'comment' },
  { value: 'questioning', label: 'Question', plural: 'Questions', icon: 'question' },
];

export function motivationLabel(motivation: Motivation): string {
  return MOTIVATIONS.find((m) => m.value === motivation)?.label ?? motivation;
}

export const COLORS: ReadonlyArray<{ value: HighlightColor; label: string }> = [
  { value: 'yellow', label: 'Yellow' },
  { value: 'green', label: 'Green' },
  { value: 'blue', label: 'Blue' },
  { value: 'pink', label: 'Pink' },
  { value: 'purple', label: 'Purple' },
  { value: 'orange', label: 'Orange' },
];
