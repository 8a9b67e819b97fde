import fc from 'fast-check';
import { anchor, type AnchorResult } from './anchor';
import { codePointLength, toCodePointOffset } from './code-points';
import { describe as describeRange } from './describe';
import { prepareText } from './prepared-text';
import type { TextSelectors } from './selectors';
import { demoReading, nthOccurrence } from './testing/demo-readings';

const gilder = demoReading('gilder-2020-kaleidoscopic-world');
const heinbecker = demoReading('heinbecker-peace-theme-human-security');

/** The text a result covers, by code points. */
function textAt(text: string, result: AnchorResult): string | null {
  return result.start === null ? null : Array.from(text).slice(result.start, result.end).join('');
}

/** Selectors for the `n`-th occurrence of `phrase` (texts without astral characters). */
function selectorsFor(text: string, phrase: string, n = 0): TextSelectors {
  const start = nthOccurrence(text, phrase, n);
  return describeRange(text, start, start + phrase.length);
}

/** `text` with [start, end) replaced by `insert`. */
function splice(text: string, start: number, end: number, insert = ''): string {
  return text.slice(0, start) + insert + text.slice(end);
}

const SENTENCE =
  'The Report attempted to create a vision of human security that could be adopted by both states and the UN in furthering social development.';

describe('anchor', () => {
  it('anchors an unedited passage exactly at its recorded position', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    expect(anchor(gilder, selectors)).toEqual({
      status: 'exact',
      start: selectors.position?.start,
      end: selectors.position?.end,
      score: 1,
    });
  });

  it('re-anchors a passage after text is inserted before it', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    const inserted =
      'A new opening paragraph, added in the second revision of the reading. '.repeat(7);
    const revised = splice(gilder, 200, 200, inserted);
    const result = anchor(revised, selectors);
    expect(result).toEqual({
      status: 'exact',
      start: (selectors.position?.start ?? 0) + inserted.length,
      end: (selectors.position?.end ?? 0) + inserted.length,
      score: 1,
    });
  });

  it('re-anchors a passage after text is deleted before it', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    const revised = splice(gilder, 3000, 4200);
    const result = anchor(revised, selectors);
    expect(result.status).toBe('exact');
    expect(result.start).toBe((selectors.position?.start ?? 0) - 1200);
    expect(textAt(revised, result)).toBe(SENTENCE);
  });

  it('re-anchors a passage with about 10% of it edited, as fuzzy', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    // 11 of 139 characters edited.
    const edited =
      'The Report tried to create a vision of human security which could be adopted by both states and the UN in furthering social development.';
    const revised = gilder.replace(SENTENCE, edited);
    const result = anchor(revised, selectors);
    expect(result.status).toBe('fuzzy');
    expect(textAt(revised, result)).toBe(edited);
    expect(result.score).toBeGreaterThan(0.85);
    expect(result.score).toBeLessThan(1);
  });

  it('finds a passage that moved elsewhere in the text', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    const start = gilder.indexOf(SENTENCE);
    const withoutIt = splice(gilder, start, start + SENTENCE.length + 1);
    const target = withoutIt.indexOf('This is the kaleidoscopic world');
    const revised = splice(withoutIt, target, target, `${SENTENCE} `);
    const result = anchor(revised, selectors);
    expect(result).toMatchObject({ status: 'exact', start: target });
    expect(textAt(revised, result)).toBe(SENTENCE);
  });

  describe('a phrase repeated dozens of times ("human security")', () => {
    const phrase = 'human security';
    const occurrence = 60;
    const start = nthOccurrence(gilder, phrase, occurrence);
    const selectors = selectorsFor(gilder, phrase, occurrence);

    it('occurs often enough in the reading to be ambiguous without context', () => {
      expect(gilder.split(phrase).length - 1).toBeGreaterThan(100);
    });

    it('is told apart by its prefix and suffix when there is no position', () => {
      const result = anchor(gilder, { quote: selectors.quote });
      expect(result).toMatchObject({ status: 'exact', start, end: start + phrase.length });
    });

    it('is told apart after text is inserted before it', () => {
      const revised = splice(gilder, 5000, 5000, 'human security '.repeat(30));
      const result = anchor(revised, selectors);
      expect(result).toMatchObject({ status: 'exact', start: start + 15 * 30 });
    });

    it('is told apart when that occurrence has a typo and intact ones surround it', () => {
      const revised = splice(gilder, start, start + phrase.length, 'human securty');
      const result = anchor(revised, selectors);
      expect(result).toMatchObject({ status: 'fuzzy', start, end: start + 'human securty'.length });
    });
  });

  it('orphans a deleted passage rather than anchoring it to the same words elsewhere', () => {
    const sentence =
      'The implementation of a human security approach must be undertaken across the full spectrum of actors.';
    const phrase = 'a human security approach';
    expect(gilder.split(phrase).length - 1).toBeGreaterThan(5);
    const at = gilder.indexOf(sentence);
    expect(at).toBeGreaterThan(-1);
    const selectors = describeRange(
      gilder,
      at + sentence.indexOf(phrase),
      at + sentence.indexOf(phrase) + phrase.length,
    );
    const revised = splice(gilder, at, at + sentence.length + 1);
    const result = anchor(revised, selectors);
    expect(result.status).toBe('orphaned');
    expect(result.start).toBeNull();
    expect(result.end).toBeNull();
    expect(result.score).toBeLessThan(0.65);
  });

  it('orphans a passage whose words were rewritten', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    const revised = gilder.replace(
      SENTENCE,
      'Its authors hoped that governments and the organisation would both take it up.',
    );
    expect(anchor(revised, selectors).status).toBe('orphaned');
  });

  it('ignores changes of typography: curly quotes, dashes, no-break spaces and line breaks', () => {
    const passage =
      'What is new is globalization – the extent to which our fates have become intertwined';
    const selectors = selectorsFor(heinbecker, passage);
    const retyped =
      'What is new is globalization -\u00a0the extent to which\nour fates  have become intertwined';
    const revised = `Preface added later.\n\n${heinbecker.replace(passage, retyped)}`;
    const result = anchor(revised, selectors);
    expect(result.status).toBe('exact');
    expect(textAt(revised, result)).toBe(retyped);
    const quoted = 'others’ insecurity becomes our problem';
    const straight = heinbecker.replace(quoted, "others' insecurity becomes our problem");
    expect(anchor(straight, selectorsFor(heinbecker, quoted))).toMatchObject({
      status: 'exact',
      start: heinbecker.indexOf(quoted),
    });
  });

  it('counts offsets in code points with emoji and 𝔐 before and inside the passage', () => {
    const excerpt = gilder
      .slice(0, 3000)
      .replace('This is the kaleidoscopic world', 'This is the kaleidoscopic 𝔐 world 😀');
    const original = `😀 ${excerpt}`;
    const utf16Start = original.indexOf('This is the kaleidoscopic');
    const utf16End = original.indexOf('😀', utf16Start) + 2;
    const start = toCodePointOffset(original, utf16Start);
    const end = toCodePointOffset(original, utf16End);
    const selectors = describeRange(original, start, end);
    expect(selectors.quote.exact).toBe('This is the kaleidoscopic 𝔐 world 😀');

    const revised = `😀😀🎉 ${original}`;
    const result = anchor(revised, selectors);
    expect(result).toMatchObject({ status: 'exact', start: start + 4, end: end + 4 });
    expect(textAt(revised, result)).toBe(selectors.quote.exact);

    const edited = revised.replace('kaleidoscopic 𝔐 world', 'kaleidoscopic 𝔐𝔐 world');
    const fuzzy = anchor(edited, selectors);
    expect(fuzzy).toMatchObject({ status: 'fuzzy', start: start + 4, end: end + 5 });
  });

  it('anchors with the quote alone when there is no position selector', () => {
    const { quote } = selectorsFor(gilder, SENTENCE);
    expect(anchor(splice(gilder, 0, 50), { quote })).toMatchObject({
      status: 'exact',
      start: gilder.indexOf(SENTENCE) - 50,
    });
  });

  it('anchors when the recorded position lies beyond the end of the revised text', () => {
    const selectors = selectorsFor(gilder, 'Open Access This article is licensed');
    const revised = gilder.slice(20000);
    expect(anchor(revised, selectors)).toMatchObject({
      status: 'exact',
      start: revised.indexOf('Open Access This article is licensed'),
    });
  });

  it('anchors an empty selection where its prefix meets its suffix', () => {
    const caret = gilder.indexOf(SENTENCE);
    const selectors = describeRange(gilder, caret, caret);
    const revised = `Inserted. ${gilder}`;
    expect(anchor(revised, selectors)).toEqual({
      status: 'exact',
      start: caret + 10,
      end: caret + 10,
      score: 1,
    });
  });

  it('accepts a prepared text and gives the same answers', () => {
    const selectors = selectorsFor(gilder, SENTENCE);
    const revised = gilder.replace('individualistic', 'individual');
    expect(anchor(prepareText(revised), selectors)).toEqual(anchor(revised, selectors));
  });

  it('anchors every range of an unedited text exactly where it was described', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme', minLength: 1, maxLength: 120 }),
          fc.string({ unit: 'binary', minLength: 1, maxLength: 120 }),
        ),
        fc.nat(),
        fc.nat(),
        (text, a, b) => {
          const length = codePointLength(text);
          const start = Math.min(a, b) % (length + 1);
          const end = start + (Math.max(a, b) % (length + 1 - start));
          const result = anchor(text, describeRange(text, start, end));
          expect(result).toEqual({ status: 'exact', start, end, score: 1 });
        },
      ),
    );
  });

  it('anchors every range of a real reading exactly where it was described', () => {
    const prepared = prepareText(heinbecker);
    fc.assert(
      fc.property(fc.nat(heinbecker.length), fc.integer({ min: 0, max: 400 }), (start, length) => {
        const end = Math.min(heinbecker.length, start + length);
        const result = anchor(prepared, describeRange(prepared, start, end));
        expect(result).toEqual({ status: 'exact', start, end, score: 1 });
      }),
      { numRuns: 300 },
    );
  });

  it('never throws, and returns a range of the text or an orphan, for any input', () => {
    const anyNumber = fc.oneof(fc.integer({ min: -5, max: 200 }), fc.double());
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 200 }),
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.string({ unit: 'binary', maxLength: 40 }),
        fc.option(fc.tuple(anyNumber, anyNumber), { nil: undefined }),
        (text, exact, prefix, suffix, position) => {
          const result = anchor(text, {
            quote: { type: 'TextQuoteSelector', exact, prefix, suffix },
            position:
              position === undefined
                ? undefined
                : { type: 'TextPositionSelector', start: position[0], end: position[1] },
          });
          expect(result.score).toBeGreaterThanOrEqual(0);
          expect(result.score).toBeLessThanOrEqual(1);
          if (result.status === 'orphaned') {
            expect(result.start).toBeNull();
          } else {
            expect(result.start).toBeGreaterThanOrEqual(0);
            expect(result.end).toBeGreaterThanOrEqual(result.start);
            expect(result.end).toBeLessThanOrEqual(codePointLength(text));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
