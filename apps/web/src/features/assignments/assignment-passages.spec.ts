import { rangeLabel, readingPassages } from './assignment-passages';

describe('readingPassages', () => {
  it('cuts a plain reading into its paragraphs at line breaks, in code points', () => {
    const text = 'First 𝔸 line.\n\nSecond line.\nThird.';
    const passages = readingPassages(text);
    expect(passages.map((p) => p.opening)).toEqual(['First 𝔸 line.', 'Second line.', 'Third.']);
    // The double-struck A is one code point but two UTF-16 units.
    expect(passages[1].start).toBe(Array.from('First 𝔸 line.\n\n').length);
    expect(Array.from(text).slice(passages[2].start, passages[2].end).join('')).toBe('Third.');
  });

  it('takes a document’s blocks as they are', () => {
    expect(
      readingPassages('Title\nBody text', [
        { start: 0, end: 5 },
        { start: 6, end: 15 },
      ]).map((p) => p.opening),
    ).toEqual(['Title', 'Body text']);
  });

  it('shortens long openings', () => {
    expect(readingPassages('word '.repeat(40))[0].opening).toMatch(/…$/);
  });
});

describe('rangeLabel', () => {
  const passages = readingPassages('One.\nTwo.\nThree.');
  it('names the passages a range covers', () => {
    expect(rangeLabel(passages, passages[1].start, passages[2].end)).toBe('Passages 2–3 of 3, from “Two.”');
    expect(rangeLabel(passages, passages[0].start, passages[0].end)).toBe('Passage 1 of 3, from “One.”');
  });
});
