import { CodePointIndex } from './code-points';
import { NgramIndex } from './ngram-index';
import { NormalizedText } from './normalize';

/**
 * A text with the indexes anchoring needs, each built on first use and then
 * reused: the code point index (W3C §4.2.5 positions ↔ UTF-16 offsets), the
 * comparison form (`normalize.ts`) and, for long texts, an n-gram index of the
 * comparison form (`ngram-index.ts`). Each costs a pass over the text, so
 * prepare a reading once when describing or anchoring many passages in it.
 */
export class PreparedText {
  readonly text: string;
  private codePointIndex: CodePointIndex | null = null;
  private normalizedText: NormalizedText | null = null;
  private ngramIndex: NgramIndex | null = null;

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

  /** An n-gram index of the comparison form, for searching a long text beyond the hint. */
  get ngrams(): NgramIndex {
    this.ngramIndex ??= new NgramIndex(this.normalized.text);
    return this.ngramIndex;
  }
}

/** Prepares `text` once for many `describe`/`anchor` calls. */
export function prepareText(text: string | PreparedText): PreparedText {
  return typeof text === 'string' ? new PreparedText(text) : text;
}
