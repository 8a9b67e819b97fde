import { AnchorStatus, Motivation, Visibility } from '../annotations/annotation-kinds';
import { AuthorMatcher } from './author-matcher';
import { ExchangeAnnotation, ExchangeDocument, ExchangeReply } from './exchange-document';
import { ExistingPost, planImport } from './import-plan';

const TEXT = 'Human security puts people first. Sovereignty is responsibility. The Council decides.';
const READING = 'https://example.org/reading';
const OWNER = { userId: 'owner', email: 'owner@example.org', displayName: 'Owner' };
const MEMBER = { userId: 'member', email: 'member@example.org', displayName: 'Member' };

function annotation(id: string, exact: string, extra: Partial<ExchangeAnnotation> = {}): ExchangeAnnotation {
  return {
    id,
    via: null,
    readingIri: READING,
    motivation: Motivation.commenting,
    body: `On ${exact}`,
    tags: [],
    color: null,
    visibility: Visibility.SEMINAR,
    quote: { exact, prefix: '', suffix: '' },
    position: null,
    creator: { iri: null, name: 'Member', email: null },
    created: null,
    modified: null,
    deleted: null,
    ...extra,
  };
}

function reply(id: string, inReplyTo: string, created: string, extra: Partial<ExchangeReply> = {}): ExchangeReply {
  return {
    id,
    via: null,
    inReplyTo,
    body: `Reply ${id}`,
    creator: { iri: null, name: 'Owner', email: null },
    created: new Date(created),
    modified: null,
    deleted: null,
    ...extra,
  };
}

function plan(doc: Partial<ExchangeDocument>, existing = new Map<string, ExistingPost>(), importer = OWNER) {
  let n = 0;
  return planImport(
    { title: null, readings: [], annotations: [], replies: [], problems: [], ...doc },
    {
      seminarId: 'seminar',
      importerId: importer.userId,
      authors: new AuthorMatcher([OWNER, MEMBER], importer, importer === OWNER),
      readings: new Map([[READING, { id: 'reading', revisionNumber: 3, text: TEXT }]]),
      existing,
      newId: () => `new-${(n += 1)}`,
    },
  );
}

describe('planImport', () => {
  it('anchors passages in the current text, keeping orphans with their quote', () => {
    const result = plan({
      annotations: [annotation('a', 'Sovereignty is responsibility'), annotation('b', 'not in this text at all')],
    });
    expect(result.annotations.map((a) => [a.quote.exact, a.position, a.anchorStatus, a.revisionNumber])).toEqual([
      ['Sovereignty is responsibility', { start: 34, end: 63 }, AnchorStatus.exact, 3],
      ['not in this text at all', { start: 0, end: 0 }, AnchorStatus.orphaned, 3],
    ]);
    expect(result.report.orphaned).toEqual([{ sourceId: 'b', quote: 'not in this text at all' }]);
  });

  it('builds threads whatever order replies come in, parents first, and skips replies to nothing', () => {
    const result = plan({
      annotations: [annotation('a', 'The Council decides')],
      replies: [
        reply('r3', 'r2', '2025-01-03'),
        reply('r2', 'r1', '2025-01-02'),
        reply('r1', 'a', '2025-01-01'),
        reply('lost', 'elsewhere', '2025-01-04'),
      ],
    });
    expect(result.replies.map((r) => [r.body, r.depth, r.parentId])).toEqual([
      ['Reply r1', 0, null],
      ['Reply r2', 1, 'new-3'],
      ['Reply r3', 2, 'new-4'],
    ]);
    expect(new Set(result.replies.map((r) => r.threadId))).toEqual(new Set([result.annotations[0].threadId]));
    expect(result.report.skipped).toEqual([
      { sourceId: 'lost', reason: 'it answers a post that is neither in the file nor in this seminar' },
    ]);
  });

  it('skips posts the seminar holds, by id or by the id they were copied from, and answers into their threads', () => {
    const held: ExistingPost = { kind: 'annotation', id: 'old', threadId: 'old-thread', depth: -1, privateTo: null };
    const result = plan(
      {
        annotations: [
          annotation('copy', 'The Council decides', {
            via: 'urn:glossa:annotation:AAAAAAAA-0000-4000-8000-000000000000',
          }),
        ],
        replies: [reply('new-reply', 'copy', '2025-01-01')],
      },
      new Map([['urn:glossa:annotation:aaaaaaaa-0000-4000-8000-000000000000', held]]),
    );
    expect(result.annotations).toEqual([]);
    expect(result.report.duplicatesSkipped).toBe(1);
    expect(result.replies.map((r) => [r.threadId, r.parentId, r.depth])).toEqual([['old-thread', null, 0]]);
  });

  it('keeps a member’s import in their name, noting others, and private notes always the importer’s', () => {
    const result = plan(
      {
        annotations: [
          annotation('theirs', 'The Council decides', { creator: { iri: null, name: 'Owner', email: null } }),
          annotation('secret', 'Sovereignty', {
            visibility: Visibility.PRIVATE,
            creator: { iri: null, name: 'Owner', email: null },
          }),
        ],
      },
      new Map(),
      MEMBER,
    );
    expect(result.annotations.map((a) => a.authorId)).toEqual(['member', 'member']);
    expect(result.report.attributedToImporter).toEqual([
      { sourceId: 'theirs', originalAuthor: 'Owner' },
      { sourceId: 'secret', originalAuthor: 'Owner' },
    ]);
  });

  it('counts the posts each matched member keeps in their own name', () => {
    const result = plan({
      annotations: [
        annotation('a', 'Human security'),
        annotation('b', 'people first', { creator: { iri: null, name: 'Owner', email: null } }),
      ],
      replies: [reply('r', 'a', '2025-01-01T00:00:00Z')],
    });
    expect(result.report.authorsMatched).toEqual([
      { userId: 'member', displayName: 'Member', posts: 1 },
      { userId: 'owner', displayName: 'Owner', posts: 2 },
    ]);
    expect(result.report.attributedToImporter).toEqual([]);
  });

  it('turns a highlight with text into a comment and a comment without text into a highlight, tags into words', () => {
    const result = plan({
      annotations: [
        annotation('h', 'Human security', { motivation: Motivation.highlighting, tags: ['Human Rights', '#R2P'] }),
        annotation('c', 'people first', { body: '' }),
      ],
    });
    expect(result.annotations.map((a) => [a.motivation, a.tags])).toEqual([
      [Motivation.commenting, ['human-rights', 'r2p']],
      [Motivation.highlighting, []],
    ]);
  });

  it('records where each new post came from, its own id and the one it was copied from', () => {
    const result = plan({ annotations: [annotation('a', 'The Council decides', { via: 'hypothesis:x' })] });
    expect(result.sources.map((s) => [s.key, s.role, s.kind])).toEqual([
      ['a', 'id', 'annotation'],
      ['hypothesis:x', 'via', 'annotation'],
    ]);
  });
});
