import { HighlightColor } from '../annotations/annotation-kinds';

/** Light highlight backgrounds, chosen so black text on them keeps a contrast above 7:1. */
const BACKGROUNDS: Record<HighlightColor, string> = {
  [HighlightColor.yellow]: '#fde68a',
  [HighlightColor.green]: '#bbf7d0',
  [HighlightColor.blue]: '#bfdbfe',
  [HighlightColor.pink]: '#fbcfe8',
  [HighlightColor.purple]: '#ddd6fe',
  [HighlightColor.orange]: '#fed7aa',
};

/**
 * The CSS rule that defines a highlight colour's style class. The W3C model (§4.4) lets a target
 * name a `styleClass` only when the annotation has a `stylesheet` defining it, so each exported
 * annotation with a colour embeds the one rule it uses.
 */
export function highlightRule(styleClass: string, color: string): string {
  const background = BACKGROUNDS[color as HighlightColor] ?? BACKGROUNDS[HighlightColor.yellow];
  return `.${styleClass} { background-color: ${background}; }`;
}
