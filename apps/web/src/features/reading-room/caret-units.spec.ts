import { sentenceSpans, stepSelection, wordSpans } from './caret-units';

const TEXT = 'Old threats remain. New ones arrive!\n\nWhat is new is globalization.';
const words = wordSpans(TEXT);
const sentences = sentenceSpans(TEXT);
const selected = (s: { anchor: number; focus: number }) => TEXT.slice(Math.min(s.anchor, s.focus), Math.max(s.anchor, s.focus));

describe('keyboard selection over words and sentences', () => {
  it('splits the text into words without the punctuation and sentences without trailing space', () => {
    expect(words.slice(0, 4).map((w) => TEXT.slice(w.start, w.end))).toEqual(['Old', 'threats', 'remain', 'New']);
    expect(sentences.map((s) => TEXT.slice(s.start, s.end))).toEqual(['Old threats remain.', 'New ones arrive!', 'What is new is globalization.']);
  });

  it('moves to the next and the previous whole word', () => {
    const first = stepSelection({ anchor: 0, focus: 0 }, words, 1, false);
    expect(selected(first)).toBe('Old');
    const second = stepSelection(first, words, 1, false);
    expect(selected(second)).toBe('threats');
    expect(selected(stepSelection(second, words, -1, false))).toBe('Old');
  });

  it('extends by words forwards and takes them back, keeping the anchor', () => {
    const first = stepSelection({ anchor: 0, focus: 0 }, words, 1, false);
    const longer = stepSelection(stepSelection(first, words, 1, true), words, 1, true);
    expect(selected(longer)).toBe('Old threats remain');
    expect(selected(stepSelection(longer, words, -1, true))).toBe('Old threats');
    expect(longer.anchor).toBe(0);
  });

  it('moves and extends by sentences', () => {
    const first = stepSelection({ anchor: 0, focus: 0 }, sentences, 1, false);
    expect(selected(first)).toBe('Old threats remain.');
    expect(selected(stepSelection(first, sentences, 1, true))).toBe('Old threats remain. New ones arrive!');
  });

  it('stays put at either end of the text', () => {
    const last = { anchor: sentences[2].start, focus: sentences[2].end };
    expect(stepSelection(last, sentences, 1, false)).toEqual(last);
    expect(stepSelection({ anchor: 0, focus: 3 }, words, -1, false)).toEqual({ anchor: 0, focus: 3 });
  });
});
