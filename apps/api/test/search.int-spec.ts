import { DataSource } from 'typeorm';
import { annotated } from './annotation-factories';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { GraphQLResult, outcome, startTestApp, TestApp } from './test-app';

const TEXT =
  'Peace Theme: Human Security. The Security Council weighs sovereignty against intervention. ' +
  'Humanitarian intervention remains contested, and the veto shapes every decision of the Council. ' +
  '🌍 Civil society asks whether sovereignty is a responsibility rather than a shield.';

const SECOND_TEXT = 'Coalitions of the willing act outside the Charter when the Council is deadlocked by a veto.';

const SEARCH = `query($input: SearchInput!, $first: Int, $after: String) {
  search(input: $input, first: $first, after: $after) {
    edges { cursor node { kind id score readingId readingTitle annotationId threadId motivation tags createdAt position
      author { displayName }
      snippet { text html highlights { start end } }
      quote { text highlights { start end } } } }
    pageInfo { hasNextPage endCursor }
  }
}`;

interface Hit {
  kind: 'ANNOTATION' | 'REPLY' | 'READING';
  id: string;
  score: number;
  readingId: string;
  annotationId: string | null;
  threadId: string | null;
  motivation: string | null;
  tags: string[];
  position: number | null;
  author: { displayName: string } | null;
  snippet: { text: string; html: string; highlights: Array<{ start: number; end: number }> };
  quote: { text: string; highlights: Array<{ start: number; end: number }> } | null;
}

type SearchResult = GraphQLResult<{
  search: { edges: Array<{ cursor: string; node: Hit }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}>;

describe('search', () => {
  let api: TestApp;
  let db: DataSource;
  let cast: Cast;
  let seminar: { id: string; inviteCode: string };
  let reading: { id: string; text: string };
  let other: { id: string; text: string };

  const run = (token: string, input: Record<string, unknown>, page: { first?: number; after?: string } = {}) =>
    api.gql(SEARCH, { input: { seminarId: seminar.id, ...input }, ...page }, token) as Promise<SearchResult>;

  const hits = async (token: string, input: Record<string, unknown>): Promise<Hit[]> => {
    const result = await run(token, input);
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.search.edges.map((e) => e.node);
  };

  const reply = async (token: string, threadId: string, body: string, parentId?: string): Promise<string> => {
    const result = await api.gql<{ reply: { id: string } }>(
      `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
      { i: { threadId, body, parentId } },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.reply.id;
  };

  beforeAll(async () => {
    api = await startTestApp();
    db = api.app.get(DataSource);
    cast = await registerCast(api);
    seminar = await seminarFor(api, cast);
    reading = { id: (await addReading(api, seminar.id, cast.OWNER, TEXT)).id, text: TEXT };
    other = { id: (await addReading(api, seminar.id, cast.OWNER, SECOND_TEXT)).id, text: SECOND_TEXT };
  });
  afterAll(() => api.close());

  it('finds annotation bodies, quotes, tags, replies and reading text, stemmed, with highlighted snippets', async () => {
    const note = await annotated(api, cast.MEMBER, reading, 'Humanitarian intervention remains contested', {
      body: 'Are **interventions** ever lawful without the Council?',
      tags: ['r2p'],
    });
    const answer = await reply(cast.OWNER.token, note.threadId, 'Only when the Council authorises an intervention.');
    const found = await hits(cast.OBSERVER.token, { query: 'intervention' });
    const byKind = (kind: Hit['kind'], id: string) => found.find((h) => h.kind === kind && h.id === id);

    const annotationHit = byKind('ANNOTATION', note.id)!;
    expect(annotationHit).toMatchObject({
      readingId: reading.id,
      annotationId: note.id,
      threadId: note.threadId,
      motivation: 'commenting',
      tags: ['r2p'],
      author: { displayName: 'Member' },
      position: note.target.start,
    });
    const { text, highlights } = annotationHit.snippet;
    expect(highlights.map((h) => [...text].slice(h.start, h.end).join(''))).toEqual(['interventions']);
    expect(annotationHit.snippet.html).toBe('Are **<mark>interventions</mark>** ever lawful without the Council?');
    expect(annotationHit.quote?.text).toBe('Humanitarian intervention remains contested');

    expect(byKind('REPLY', answer)).toMatchObject({ annotationId: note.id, author: { displayName: 'Owner' } });
    const readingHit = byKind('READING', reading.id)!;
    expect(readingHit.author).toBeNull();
    expect(readingHit.snippet.html).toContain('<mark>intervention</mark>');
    // The position points at a match in the reading's text, counted in code points.
    const codePoints = [...TEXT];
    const at = readingHit.position!;
    expect(
      codePoints
        .slice(at, at + 'intervention'.length)
        .join('')
        .toLowerCase(),
    ).toBe('intervention');

    const tagged = await hits(cast.OBSERVER.token, { query: 'r2p' });
    expect(tagged.map((h) => h.id)).toContain(note.id);
  });

  it('ranks a match in the body above a match only in the quote, and more matches higher', async () => {
    const inQuote = await annotated(api, cast.MEMBER, reading, 'the veto shapes every decision', {
      body: 'Power politics.',
    });
    const inBody = await annotated(api, cast.MEMBER, reading, 'Civil society asks', {
      body: 'The veto again.',
    });
    const twice = await annotated(api, cast.MODERATOR, reading, 'a responsibility rather than a shield', {
      body: 'Veto after veto, the veto decides.',
    });
    const order = (await hits(cast.OWNER.token, { query: 'veto', kinds: ['ANNOTATION'] })).map((h) => h.id);
    expect(order.indexOf(twice.id)).toBeLessThan(order.indexOf(inBody.id));
    expect(order.indexOf(inBody.id)).toBeLessThan(order.indexOf(inQuote.id));
    const scores = (await hits(cast.OWNER.token, { query: 'veto' })).map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });

  it('filters by reading, author, tag, motivation, date range and kind', async () => {
    const question = await annotated(api, cast.MODERATOR, other, 'Coalitions of the willing', {
      motivation: 'questioning',
      body: 'Legitimate coalitions?',
      tags: ['legality'],
    });
    const comment = await annotated(api, cast.MEMBER, other, 'outside the Charter', {
      body: 'Coalitions bypass the Charter.',
      tags: ['charter'],
    });
    const answer = await reply(cast.OWNER.token, question.threadId, 'Coalitions need a mandate.');
    const ids = async (input: Record<string, unknown>) =>
      (await hits(cast.MEMBER.token, { query: 'coalitions', ...input })).map((h) => `${h.kind}:${h.id}`).sort();

    expect(await ids({})).toEqual(
      [`ANNOTATION:${question.id}`, `ANNOTATION:${comment.id}`, `REPLY:${answer}`, `READING:${other.id}`].sort(),
    );
    expect(await ids({ readingId: reading.id })).toEqual([]);
    expect(await ids({ authorIds: [cast.MEMBER.id] })).toEqual([`ANNOTATION:${comment.id}`]);
    // A tag or motivation selects annotations and the replies discussing them.
    expect(await ids({ tags: ['#Legality'] })).toEqual([`ANNOTATION:${question.id}`, `REPLY:${answer}`].sort());
    expect(await ids({ motivations: ['commenting'] })).toEqual([`ANNOTATION:${comment.id}`]);
    expect(await ids({ kinds: ['READING'] })).toEqual([`READING:${other.id}`]);
    expect(await ids({ kinds: ['REPLY', 'READING'] })).toEqual([`READING:${other.id}`, `REPLY:${answer}`].sort());

    await db.query(`UPDATE annotations SET created_at = '2024-03-01T10:00:00Z' WHERE id = $1`, [comment.id]);
    expect(await ids({ from: '2024-01-01T00:00:00Z', to: '2024-06-01T00:00:00Z' })).toEqual([
      `ANNOTATION:${comment.id}`,
    ]);
    expect(await ids({ from: '2024-06-01T00:00:00Z' })).toEqual(
      [`ANNOTATION:${question.id}`, `REPLY:${answer}`].sort(),
    );
  });

  it('pages through ranked hits with a cursor, without repeats or gaps', async () => {
    const all = await hits(cast.OWNER.token, {
      query: 'council OR veto OR coalitions',
      kinds: ['ANNOTATION', 'REPLY', 'READING'],
    });
    expect(all.length).toBeGreaterThan(4);
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const result = await run(cast.OWNER.token, { query: 'council OR veto OR coalitions' }, { first: 2, after });
      const page = result.data!.search;
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor!;
    }
    expect(seen).toEqual(all.map((h) => h.id));
  });

  it('hides a private annotation, and the replies in its thread, from other members', async () => {
    const secret = await annotated(api, cast.MEMBER, reading, 'Peace Theme', {
      visibility: 'PRIVATE',
      body: 'Zanzibar note to self',
    });
    await reply(cast.MEMBER.token, secret.threadId, 'Zanzibar follow-up, still private');
    const mine = await hits(cast.MEMBER.token, { query: 'zanzibar' });
    expect(mine.map((h) => h.kind).sort()).toEqual(['ANNOTATION', 'REPLY']);
    for (const person of [cast.OWNER, cast.MODERATOR, cast.OBSERVER])
      expect(await hits(person.token, { query: 'zanzibar' })).toEqual([]);
  });

  it('shows a post hidden by a moderator only to its author and the moderators', async () => {
    const hidden = await annotated(api, cast.MEMBER, reading, 'Peace Theme', { body: 'Xylophone aside' });
    await db.query(`UPDATE annotations SET moderation = 'HIDDEN' WHERE id = $1`, [hidden.id]);
    for (const person of [cast.MEMBER, cast.MODERATOR, cast.OWNER])
      expect((await hits(person.token, { query: 'xylophone' })).map((h) => h.id)).toEqual([hidden.id]);
    expect(await hits(cast.OBSERVER.token, { query: 'xylophone' })).toEqual([]);
  });

  it('leaves out deleted annotations and replies', async () => {
    const gone = await annotated(api, cast.MEMBER, reading, 'Peace Theme', { body: 'Quixotic remark' });
    await api.gql(
      `mutation($i: AnnotationRefInput!) { deleteAnnotation(input: $i) { id } }`,
      { i: { annotationId: gone.id } },
      cast.MEMBER.token,
    );
    const kept = await annotated(api, cast.MEMBER, reading, 'Peace Theme', { body: 'Kept' });
    const withdrawn = await reply(cast.OWNER.token, kept.threadId, 'Quixotic reply');
    await api.gql(
      `mutation($i: ReplyRefInput!) { deleteReply(input: $i) { id } }`,
      { i: { replyId: withdrawn } },
      cast.OWNER.token,
    );
    expect(await hits(cast.MEMBER.token, { query: 'quixotic' })).toEqual([]);
  });

  it('answers NOT_FOUND to someone outside the seminar, and UNAUTHENTICATED when signed out', async () => {
    expect(outcome(await run(cast.NON_MEMBER.token, { query: 'veto' }))).toBe('NOT_FOUND');
    expect(outcome(await run('', { query: 'veto' }))).toBe('UNAUTHENTICATED');
  });

  it.each([
    ['an empty query', { query: '   ' }],
    ['a query of only stop words', { query: 'the of and' }],
    ['a query over 200 characters', { query: 'veto '.repeat(50) }],
    ['a malformed seminar id', { seminarId: 'nope' }],
    ['an unknown kind', { kinds: ['CLAIM'] }],
    ['an empty date range', { from: '2025-01-02T00:00:00Z', to: '2025-01-01T00:00:00Z' }],
  ])('refuses %s with BAD_USER_INPUT', async (_, input) => {
    expect(outcome(await run(cast.MEMBER.token, { query: 'veto', ...input }))).toBe('BAD_USER_INPUT');
  });

  it('refuses a cursor it did not issue, and a page over 100, with BAD_USER_INPUT', async () => {
    expect(outcome(await run(cast.MEMBER.token, { query: 'veto' }, { after: 'bm9wZQ' }))).toBe('BAD_USER_INPUT');
    expect(outcome(await run(cast.MEMBER.token, { query: 'veto' }, { first: 101 }))).toBe('BAD_USER_INPUT');
  });
});
