import fc from 'fast-check';
import { anchor } from './anchor';
import { codePointLength } from './code-points';
import { describe as describeRange } from './describe';
import { reanchor, reanchorAll, type ReanchorTarget } from './reanchor';
import type { TextSelectors } from './selectors';
import { demoReading, nthOccurrence } from './testing/demo-readings';

const gilder = demoReading('gilder-2020-kaleidoscopic-world');

function selectorsFor(text: string, phrase: string, n = 0): TextSelectors {
  const start = nthOccurrence(text, phrase, n);
  return describeRange(text, start, start + phrase.length);
}

describe('reanchor', () => {
  it('returns fresh selectors described against the new text', () => {
    const phrase = 'This is the kaleidoscopic world as outlined by Edith Brown Weiss.';
    const old = selectorsFor(gilder, phrase);
    const revised = `Abstract. ${gilder.replace(phrase, 'This is the kaleidoscopic world as described by Edith Brown Weiss.')}`;
    const outcome = reanchor(revised, old);
    expect(outcome.status).toBe('fuzzy');
    const start = revised.indexOf('This is the kaleidoscopic world as described');
    expect(outcome.selectors).toEqual(
      describeRange(
        revised,
        start,
        start + 'This is the kaleidoscopic world as described by Edith Brown Weiss.'.length,
      ),
    );
  });

  it('keeps the old selectors of an orphaned annotation, so its quote is not lost', () => {
    const phrase = 'This is the kaleidoscopic world as outlined by Edith Brown Weiss.';
    const old = selectorsFor(gilder, phrase);
    const outcome = reanchor(gilder.replace(phrase, ''), old);
    expect(outcome).toEqual({ status: 'orphaned', score: outcome.score, selectors: old });
  });
});

describe('reanchorAll', () => {
  it('returns one outcome per annotation, in order, with its id', () => {
    const targets = ['International law', 'human security', 'kaleidoscopic world'].map(
      (phrase, i) => ({
        id: `annotation-${i}`,
        selectors: selectorsFor(gilder, phrase, 3),
      }),
    );
    const outcomes = reanchorAll(`Foreword. ${gilder}`, targets);
    expect(outcomes.map((o) => o.id)).toEqual(['annotation-0', 'annotation-1', 'annotation-2']);
    expect(outcomes.map((o) => o.selectors.position?.start)).toEqual(
      targets.map((t) => (t.selectors.position?.start ?? 0) + 'Foreword. '.length),
    );
  });

  describe('in a list of identical entries', () => {
    // Identical entries: a quote and its 32 characters of context fit each of
    // them equally well, as in the reference list at the end of the Gilder reading.
    const entry =
      'Report of the Secretary-General on the situation in the Central African Republic. ';
    const intro = gilder.slice(0, 1500);
    const outro = gilder.slice(3000, 4500);
    const original = `${intro}${entry.repeat(12)}${outro}`;
    const quote = 'situation in the Central African Republic';
    const entryStart = (i: number): number => intro.length + i * entry.length;
    const inEntry = (i: number): number => entryStart(i) + entry.indexOf(quote);

    // Passages of the prose around the list serve as landmarks.
    const proseTargets: ReanchorTarget<string>[] = [
      ...[100, 500, 900, 1300].map((at) => ({
        id: `intro-${at}`,
        selectors: describeRange(original, at, at + 30),
      })),
      ...[100, 500, 900].map((at) => {
        const start = entryStart(12) + at;
        return { id: `outro-${at}`, selectors: describeRange(original, start, start + 30) };
      }),
    ];

    const typo = 'situation in the Central Afrcan Republic';
    const inserted = 'A paragraph added at the top of the second revision. '.repeat(6);
    const revised = `${inserted}${original.slice(0, inEntry(6))}${typo}${original.slice(inEntry(6) + quote.length)}`;

    it('anchors each entry by the shift of the prose around the list', () => {
      const targets: ReanchorTarget<string>[] = [
        ...proseTargets,
        {
          id: 'entry-6',
          selectors: describeRange(original, inEntry(6), inEntry(6) + quote.length),
        },
        {
          id: 'entry-9',
          selectors: describeRange(original, inEntry(9), inEntry(9) + quote.length),
        },
      ];
      const outcomes = reanchorAll(revised, targets);
      const byId = new Map(outcomes.map((o) => [o.id, o]));
      expect(byId.get('entry-6')).toMatchObject({
        status: 'fuzzy',
        selectors: { quote: { exact: typo }, position: { start: inEntry(6) + inserted.length } },
      });
      expect(byId.get('entry-9')).toMatchObject({
        status: 'exact',
        // One character fewer before it: the typo in entry 6 dropped an "i".
        selectors: { position: { start: inEntry(9) + inserted.length - 1 } },
      });
    });

    it('cannot tell the entries apart from one annotation alone', () => {
      // Without neighbours, the stale position points a few entries too early
      // and an intact entry there fits the quote better than the edited one.
      const alone = anchor(revised, describeRange(original, inEntry(6), inEntry(6) + quote.length));
      expect(alone.start).not.toBe(inEntry(6) + inserted.length);
    });
  });

  it('re-anchors every annotation of an unchanged text exactly where it was', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 8 }),
        (text, ranges) => {
          const length = codePointLength(text);
          const targets = ranges.map(([a, b], id) => {
            const start = Math.min(a, b) % (length + 1);
            const end = start + (Math.max(a, b) % (length + 1 - start));
            return { id, selectors: describeRange(text, start, end) };
          });
          for (const outcome of reanchorAll(text, targets)) {
            expect(outcome.status).toBe('exact');
            expect(outcome.selectors).toEqual(targets[outcome.id].selectors);
          }
        },
      ),
    );
  });

  it('never throws, and describes every passage it anchors against the new text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 120 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        fc.nat(),
        fc.nat(20),
        fc.string({ unit: 'binary', maxLength: 20 }),
        (oldText, ranges, editAt, deleted, inserted) => {
          const oldLength = codePointLength(oldText);
          const targets = ranges.map(([a, b], id) => {
            const start = Math.min(a, b) % (oldLength + 1);
            const end = start + (Math.max(a, b) % (oldLength + 1 - start));
            return { id, selectors: describeRange(oldText, start, end) };
          });
          const codePoints = Array.from(oldText);
          const at = editAt % (codePoints.length + 1);
          codePoints.splice(at, deleted, inserted);
          const newText = codePoints.join('');
          for (const outcome of reanchorAll(newText, targets)) {
            if (outcome.status === 'orphaned') {
              expect(outcome.selectors).toBe(targets[outcome.id].selectors);
            } else {
              const { start, end } = outcome.selectors.position ?? { start: -1, end: -1 };
              expect(outcome.selectors).toEqual(describeRange(newText, start, end));
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
