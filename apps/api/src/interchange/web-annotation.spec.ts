import { HighlightColor, Motivation, Visibility } from '../annotations/annotation-kinds';
import { ExchangeDocument } from './exchange-document';
import { parseHypothesis } from './hypothesis.parser';
import { renderHypothesis } from './hypothesis.renderer';
import { parseWebAnnotations } from './web-annotation.parser';
import { renderWebAnnotations } from './web-annotation.renderer';

const A = 'urn:glossa:annotation:11111111-1111-4111-8111-111111111111';
const R1 = 'urn:glossa:reply:22222222-2222-4222-8222-222222222222';
const R2 = 'urn:glossa:reply:33333333-3333-4333-8333-333333333333';
const AMA = { iri: 'urn:glossa:user:44444444-4444-4444-8444-444444444444', name: 'Ama Mensah', email: null };
const BEN = { iri: 'urn:glossa:user:55555555-5555-4555-8555-555555555555', name: 'Ben', email: null };
const READING = 'urn:glossa:reading:66666666-6666-4666-8666-666666666666';

const doc: ExchangeDocument = {
  title: 'Seminar',
  readings: [{ iri: READING, title: 'Peace Theme', author: 'Paul Heinbecker', source: null }],
  annotations: [
    {
      id: A,
      via: null,
      readingIri: READING,
      motivation: Motivation.questioning,
      body: 'Who *decides*?',
      tags: ['r2p', 'unsc'],
      color: HighlightColor.green,
      visibility: Visibility.PRIVATE,
      quote: { exact: 'sovereignty', prefix: 'weigh ', suffix: ' against' },
      position: { start: 10, end: 21 },
      creator: AMA,
      created: new Date('2025-01-01T10:00:00.000Z'),
      modified: new Date('2025-01-02T10:00:00.000Z'),
      deleted: null,
    },
  ],
  replies: [
    {
      id: R1,
      via: 'hypothesis:abc',
      inReplyTo: A,
      body: 'The Council.',
      creator: BEN,
      created: new Date('2025-01-03T10:00:00.000Z'),
      modified: null,
      deleted: null,
    },
    {
      id: R2,
      via: null,
      inReplyTo: R1,
      body: '',
      creator: AMA,
      created: new Date('2025-01-04T10:00:00.000Z'),
      modified: null,
      deleted: new Date('2025-01-05T10:00:00.000Z'),
    },
  ],
  problems: [],
};

describe('W3C Web Annotation JSON-LD', () => {
  it('gives every annotation whose target has a styleClass a stylesheet defining that class (model §4.4)', () => {
    const rendered = renderWebAnnotations(doc, { id: 'urn:x', label: 'Seminar', generated: new Date() });
    const items = (rendered.first as { items: Array<Record<string, unknown>> }).items;
    const styled = items.filter((item) => (item.target as { styleClass?: string })?.styleClass);
    expect(styled.length).toBeGreaterThan(0);
    for (const item of styled) {
      const styleClass = (item.target as { styleClass: string }).styleClass;
      const stylesheet = item.stylesheet as { type: string; value: string; format: string };
      expect(stylesheet.type).toBe('CssStylesheet');
      expect(stylesheet.format).toBe('text/css');
      expect(stylesheet.value).toMatch(new RegExp(`^\\.${styleClass} \\{ background-color: #[0-9a-f]{6}; \\}$`));
    }
    for (const item of items.filter((i) => !(i.target as { styleClass?: string })?.styleClass)) {
      expect(item.stylesheet).toBeUndefined();
    }
  });

  it('reads back what it renders', () => {
    const rendered = renderWebAnnotations(doc, { id: 'urn:x', label: 'Seminar', generated: new Date() });
    expect(parseWebAnnotations(JSON.parse(JSON.stringify(rendered)))).toEqual(doc);
  });

  it('carries a PDF page as an RFC 3778 FragmentSelector refined by the quote, and reads back the same passage', () => {
    const onPage = { ...doc, annotations: [{ ...doc.annotations[0], page: { number: 3, label: '3' } }] };
    const rendered = renderWebAnnotations(onPage, { id: 'urn:x', label: 'Seminar', generated: new Date() });
    const [item] = (rendered.first as { items: Array<{ target: { selector: unknown[] } }> }).items;
    expect(item.target.selector).toContainEqual({
      type: 'FragmentSelector',
      conformsTo: 'http://tools.ietf.org/rfc/rfc3778',
      value: 'page=3',
      refinedBy: { type: 'TextQuoteSelector', exact: 'sovereignty', prefix: 'weigh ', suffix: ' against' },
    });
    expect(parseWebAnnotations(JSON.parse(JSON.stringify(rendered)))).toEqual(doc);
  });

  it('reads the examples of the W3C model: bodyValue, a bare target, one body, an embedded page', () => {
    const parsed = parseWebAnnotations({
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      type: 'AnnotationPage',
      items: [
        {
          id: 'http://example.org/anno5',
          type: 'Annotation',
          bodyValue: 'Comment text',
          target: {
            source: 'http://example.org/page1',
            selector: { type: 'TextQuoteSelector', exact: 'anotation', prefix: 'this is an ', suffix: ' that has' },
          },
        },
        {
          id: 'http://example.org/anno1',
          type: 'Annotation',
          body: 'http://example.net/comment1',
          target: 'http://example.com/page1',
        },
        {
          id: 'http://example.org/anno6',
          type: 'Annotation',
          motivation: 'bookmarking',
          creator: { id: 'mailto:ama@example.org', name: 'Ama' },
          body: [{ type: 'TextualBody', value: 'love', purpose: 'tagging' }],
          target: {
            source: 'http://example.org/page1',
            selector: { type: 'TextPositionSelector', start: 412, end: 795 },
          },
        },
      ],
    });
    expect(
      parsed.annotations.map((a) => [a.id, a.motivation, a.body, a.tags, a.quote?.exact ?? null, a.position]),
    ).toEqual([
      ['http://example.org/anno5', Motivation.commenting, 'Comment text', [], 'anotation', null],
      ['http://example.org/anno6', Motivation.highlighting, '', ['love'], null, { start: 412, end: 795 }],
    ]);
    expect(parsed.annotations[1].creator).toEqual({
      iri: 'mailto:ama@example.org',
      name: 'Ama',
      email: 'ama@example.org',
    });
    expect(parsed.problems).toEqual([
      { id: 'http://example.org/anno1', reason: 'targets a whole resource, not a passage of text' },
    ]);
  });

  it('reports an item it cannot read and goes on', () => {
    const parsed = parseWebAnnotations([{ id: 'x', target: 42 }, { type: 'Annotation' }]);
    expect(parsed.problems.map((p) => p.id)).toEqual(['x', null]);
  });
});

describe('Hypothesis API JSON', () => {
  it('reads back what it renders', () => {
    const rendered = renderHypothesis(doc, 'seminar-1');
    const parsed = parseHypothesis(JSON.parse(JSON.stringify(rendered)));
    // Hypothesis has no reading author or source, and keeps the title per row.
    expect(parsed).toEqual({
      ...doc,
      title: null,
      readings: [{ iri: READING, title: 'Peace Theme', author: null, source: null }],
    });
  });

  it('nests replies by their references, root first', () => {
    const rows = renderHypothesis(doc, 'seminar-1').rows;
    expect(rows.map((r) => [r.id, r.references ?? []])).toEqual([
      ['11111111-1111-4111-8111-111111111111', []],
      ['22222222-2222-4222-8222-222222222222', ['11111111-1111-4111-8111-111111111111']],
      [
        '33333333-3333-4333-8333-333333333333',
        ['11111111-1111-4111-8111-111111111111', '22222222-2222-4222-8222-222222222222'],
      ],
    ]);
    // A reply in a private annotation's thread is as private as the annotation.
    expect(rows[1].permissions.read).toEqual(['acct:44444444-4444-4444-8444-444444444444@glossa']);
  });
});
