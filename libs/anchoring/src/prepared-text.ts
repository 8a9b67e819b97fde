import { CodePointIndex } from './code-points';
import { NormalizedText } from './normalize';

/**
 * A text with the indexes anchoring needs, built on first use and then
 * reused: the code point index (W3C §4.2.5 positions ↔ UTF-16 offsets) and
 * the comparison form (`normalize.ts`). Both cost a pass over the text, so
 * prepare a reading once when describing or anchoring many passages in it.
 */
export class PreparedText {
  readonly text: string;
  private codePointIndex: CodePointIndex | null = null;
  private normalizedText: NormalizedText | null = null;

  constructor(text: string) {
    this.text = text;
  }

  get codePoints(): CodePointIndex {
    this.codePointIndex ??= new CodePointIndex(this.text);
    return this.codePointIndex;
  }

  get normalized(): NormalizedText {
    this.normalizedText ??= NormalizedText.of(this.text);
    return this.normalizedText;
  }
}

/** Prepares `text` once for many `describe`/`anchor` calls. */
export function prepareText(text: string | PreparedText): PreparedText {
  return typeof text === 'string' ? new PreparedText(text) : text;
}
