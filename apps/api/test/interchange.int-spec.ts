import { annotated } from './annotation-factories';
import { addReading, Cast, createSeminar, joinAs, registerCast, TestUser } from './factories';
import { GraphQLResult, outcome, startTestApp, TestApp } from './test-app';

const ORIGINAL =
  '🌍 Human security puts people first. The components of human security are not new. ' +
  'Victimization and impunity are as old as time. What is new is globalization, and the Security Council ' +
  'must weigh sovereignty against intervention when civilians are at risk.';
/** The text after a revision that cut one sentence: an annotation on it becomes an orphan. */
const REVISED = ORIGINAL.replace('Victimization and impunity are as old as time. ', '');

const EXPORT = `query($input: ExportAnnotationsInput!) {
  exportAnnotations(input: $input) { format mediaType filename content annotationCount replyCount }
}`;
const IMPORT = `mutation($input: ImportAnnotationsInput!) {
  importAnnotations(input: $input) { id seminarId format annotationsImported repliesImported duplicatesSkipped
    orphaned { sourceId quote } attributedToImporter { sourceId originalAuthor }
    unmatchedReadings { iri title annotations } skipped { sourceId reason } }
}`;
const VIEW = `query($id: ID!) { reading(id: $id) {
  annotations(first: 100) { edges { node { id body tags motivation color visibility anchorStatus deleted
    target { exact start end } author { displayName } importedFrom { sourceId originalAuthor }
    replies { edges { node { id body depth parentId deleted author { displayName } importedFrom { originalAuthor } } } } } } }
  orphanedAnnotations { id target { exact } }
} }`;

interface ImportResult {
  id: string;
  annotationsImported: number;
  repliesImported: number;
  duplicatesSkipped: number;
  orphaned: Array<{ sourceId: string; quote: string }>;
  attributedToImporter: Array<{ sourceId: string; originalAuthor: string }>;
  unmatchedReadings: Array<{ iri: string; title: string | null; annotations: number }>;
  skipped: Array<{ sourceId: string | null; reason: string }>;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

let clientIds = 0;
const nextClientId = () => `import-${Date.now()}-${(clientIds += 1)}`;

describe('export and import of annotations', () => {
  let api: TestApp;
  let cast: Cast;
  let seminar: { id: string; inviteCode: string };
  let reading: { id: string; text: string };
  let ids: Record<string, string>;

  const gqlOk = async <T>(query: string, variables: Record<string, unknown>, user: TestUser): Promise<T> => {
    const result = (await api.gql(query, variables, user.token)) as GraphQLResult<T>;
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const exportAs = async (user: TestUser, input: Record<string, unknown>) =>
    (
      await gqlOk<{
        exportAnnotations: { content: string; annotationCount: number; replyCount: number; filename: string };
      }>(EXPORT, { input }, user)
    ).exportAnnotations;
  const importAs = async (user: TestUser, input: Record<string, unknown>): Promise<ImportResult> =>
    (await gqlOk<{ importAnnotations: ImportResult }>(IMPORT, { input: { clientId: nextClientId(), ...input } }, user))
      .importAnnotations;
  const reply = async (user: TestUser, threadId: string, body: string, parentId?: string) =>
    (
      await gqlOk<{ reply: { id: string } }>(
        `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
        { i: { threadId, body, parentId } },
        user,
      )
    ).reply.id;
  /** A fresh seminar of the same people, with a reading of the same title and text. */
  const freshSeminar = async (text = REVISED) => {
    const fresh = await createSeminar(api, cast.OWNER, 'Fresh seminar');
    for (const role of ['MODERATOR', 'MEMBER', 'OBSERVER'] as const)
      await joinAs(api, fresh, cast.OWNER, cast[role], role);
    const added = await gqlOk<{ addReading: { id: string } }>(
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      { input: { seminarId: fresh.id, title: 'Peace Theme: Human Security', author: 'Paul Heinbecker', text } },
      cast.OWNER,
    );
    return { seminar: fresh, readingId: added.addReading.id };
  };

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    seminar = await createSeminar(api, cast.OWNER, 'Human Security Seminar');
    for (const role of ['MODERATOR', 'MEMBER', 'OBSERVER'] as const)
      await joinAs(api, seminar, cast.OWNER, cast[role], role);
    const added = await gqlOk<{ addReading: { id: string } }>(
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      {
        input: {
          seminarId: seminar.id,
          title: 'Peace Theme: Human Security',
          author: 'Paul Heinbecker',
          text: ORIGINAL,
        },
      },
      cast.OWNER,
    );
    reading = { id: added.addReading.id, text: ORIGINAL };

    const comment = await annotated(api, cast.MEMBER, reading, 'Human security puts people first', {
      body: 'People, **not** states.\n\n- one\n- two',
      tags: ['people', 'r2p'],
      color: 'green',
    });
    const question = await annotated(api, cast.MODERATOR, reading, 'weigh sovereignty against intervention', {
      motivation: 'questioning',
      body: 'Who decides?',
    });
    const highlight = await annotated(api, cast.OWNER, reading, 'globalization', {
      motivation: 'highlighting',
      body: '',
      color: 'blue',
    });
    const mine = await annotated(api, cast.OWNER, reading, 'components of human security', {
      body: 'Owner’s private note',
      visibility: 'PRIVATE',
    });
    const theirs = await annotated(api, cast.MEMBER, reading, 'are not new', {
      body: 'Member’s private note',
      visibility: 'PRIVATE',
    });
    const gone = await annotated(api, cast.MEMBER, reading, 'civilians are at risk', { body: 'Soon deleted' });
    const orphan = await annotated(api, cast.MEMBER, reading, 'as old as time', { body: 'Timeless?' });

    const r1 = await reply(cast.OWNER, question.threadId, 'The Council.');
    const r2 = await reply(cast.MEMBER, question.threadId, 'Only the Council?', r1);
    const r3 = await reply(cast.MODERATOR, question.threadId, 'And the General Assembly.', r2);
    const r4 = await reply(cast.MEMBER, question.threadId, 'Withdrawn remark');
    await reply(cast.OWNER, gone.threadId, 'An answer that outlives its annotation.');
    await reply(cast.MEMBER, theirs.threadId, 'Talking to myself.');
    await reply(cast.OWNER, mine.threadId, 'Note on my note.');
    await gqlOk(
      `mutation($i: EditReplyInput!) { editReply(input: $i) { id } }`,
      { i: { replyId: r2, body: 'Only the Security Council?' } },
      cast.MEMBER,
    );
    await gqlOk(`mutation($i: ReplyRefInput!) { deleteReply(input: $i) { id } }`, { i: { replyId: r4 } }, cast.MEMBER);
    await gqlOk(
      `mutation($i: AnnotationRefInput!) { deleteAnnotation(input: $i) { id } }`,
      { i: { annotationId: gone.id } },
      cast.MEMBER,
    );
    await gqlOk(
      `mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { id } }`,
      { i: { annotationId: comment.id, tags: ['people', 'r2p', 'sovereignty'] } },
      cast.MEMBER,
    );
    await gqlOk(
      `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { revisionNumber } }`,
      { input: { readingId: reading.id, text: REVISED, note: 'Cut a sentence' } },
      cast.OWNER,
    );
    reading = { id: reading.id, text: REVISED };
    ids = {
      comment: comment.id,
      question: question.id,
      highlight: highlight.id,
      mine: mine.id,
      theirs: theirs.id,
      gone: gone.id,
      orphan: orphan.id,
      r1,
      r2,
      r3,
      r4,
    };
  });
  afterAll(() => api.close());

  it('exports W3C Web Annotation JSON-LD: a collection, selectors, Markdown and tag bodies, replies', async () => {
    const file = await exportAs(cast.OWNER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' });
    const doc = JSON.parse(file.content) as Record<string, Json> & { first: { items: Array<Record<string, Json>> } };
    expect(doc['@context']).toBe('http://www.w3.org/ns/anno.jsonld');
    expect(doc.type).toBe('AnnotationCollection');
    expect(doc.total).toBe(doc.first.items.length);
    const item = (id: string) =>
      doc.first.items.find((i) => i.id === `urn:glossa:annotation:${id}` || i.id === `urn:glossa:reply:${id}`);
    expect(item(ids.comment)).toMatchObject({
      type: 'Annotation',
      motivation: 'commenting',
      creator: { id: `urn:glossa:user:${cast.MEMBER.id}`, type: 'Person', name: 'Member' },
      body: [
        { type: 'TextualBody', value: 'People, **not** states.\n\n- one\n- two', format: 'text/markdown' },
        { type: 'TextualBody', value: 'people', purpose: 'tagging' },
        { type: 'TextualBody', value: 'r2p', purpose: 'tagging' },
        { type: 'TextualBody', value: 'sovereignty', purpose: 'tagging' },
      ],
      target: {
        type: 'SpecificResource',
        source: `urn:glossa:reading:${reading.id}`,
        styleClass: 'glossa-highlight-green',
        selector: [
          {
            type: 'TextQuoteSelector',
            exact: 'Human security puts people first',
            prefix: '🌍 ',
            suffix: '. The components of human securi',
          },
          // Code points: the emoji before the passage counts once.
          { type: 'TextPositionSelector', start: 2, end: 34 },
        ],
      },
    });
    expect(item(ids.comment)?.modified).toBeDefined();
    expect(item(ids.r3)).toMatchObject({
      motivation: 'replying',
      target: `urn:glossa:reply:${ids.r2}`,
      body: { value: 'And the General Assembly.' },
    });
    expect(item(ids.r1)).toMatchObject({ target: `urn:glossa:annotation:${ids.question}` });
    expect(item(ids.r4)).toMatchObject({ 'as:deleted': expect.any(String) });
    expect(item(ids.r4)?.body).toBeUndefined();
    expect(item(ids.highlight)).toMatchObject({ motivation: 'highlighting' });
    expect(item(ids.highlight)?.body).toBeUndefined();
    expect(item(ids.mine)).toMatchObject({ audience: { id: 'urn:glossa:audience:private' } });
    // Someone else's private annotation, and the replies in its thread, stay home.
    expect(item(ids.theirs)).toBeUndefined();
    expect(file.content).not.toContain('Talking to myself');
    expect(file.content).not.toContain('Member’s private note');
  });

  it('round-trips W3C JSON-LD: export, import into a fresh seminar, export again, nothing lost', async () => {
    const first = await exportAs(cast.OWNER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' });
    const fresh = await freshSeminar();
    const report = await importAs(cast.OWNER, { seminarId: fresh.seminar.id, document: first.content });
    expect(report).toMatchObject({
      annotationsImported: first.annotationCount,
      repliesImported: first.replyCount,
      duplicatesSkipped: 0,
      attributedToImporter: [],
      unmatchedReadings: [],
      skipped: [],
    });
    expect(report.orphaned).toEqual([{ sourceId: `urn:glossa:annotation:${ids.orphan}`, quote: 'as old as time' }]);
    const second = await exportAs(cast.OWNER, { seminarId: fresh.seminar.id, format: 'WEB_ANNOTATION' });
    expect(normalise(JSON.parse(second.content))).toEqual(normalise(JSON.parse(first.content)));
    // The copies say where they came from.
    expect(JSON.parse(second.content).first.items[0].via).toMatch(/^urn:glossa:annotation:/);
  });

  it('round-trips Hypothesis JSON the same way', async () => {
    const first = await exportAs(cast.OWNER, { readingId: reading.id, format: 'HYPOTHESIS' });
    const rows = JSON.parse(first.content).rows as Array<Record<string, Json>>;
    const question = rows.find((r) => r.id === ids.question)!;
    expect(question).toMatchObject({
      user: `acct:${cast.MODERATOR.id}@glossa`,
      text: 'Who decides?',
      uri: `urn:glossa:reading:${reading.id}`,
    });
    expect(rows.find((r) => r.id === ids.r3)).toMatchObject({ references: [ids.question, ids.r1, ids.r2] });
    expect(rows.find((r) => r.id === ids.mine)).toMatchObject({
      permissions: { read: [`acct:${cast.OWNER.id}@glossa`] },
    });
    const fresh = await freshSeminar();
    const report = await importAs(cast.OWNER, {
      seminarId: fresh.seminar.id,
      document: first.content,
      format: 'HYPOTHESIS',
    });
    expect(report).toMatchObject({
      annotationsImported: first.annotationCount,
      repliesImported: first.replyCount,
      skipped: [],
    });
    const second = await exportAs(cast.OWNER, { readingId: fresh.readingId, format: 'HYPOTHESIS' });
    expect(normalise(JSON.parse(second.content))).toEqual(normalise(JSON.parse(first.content)));
  });

  it('skips duplicates: importing twice, or back into the seminar it came from', async () => {
    const file = (await exportAs(cast.OWNER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' })).content;
    const total = JSON.parse(file).total as number;
    const home = await importAs(cast.OWNER, { seminarId: seminar.id, document: file });
    expect(home).toMatchObject({ annotationsImported: 0, repliesImported: 0, duplicatesSkipped: total });

    const fresh = await freshSeminar();
    await importAs(cast.OWNER, { seminarId: fresh.seminar.id, document: file });
    const again = await importAs(cast.OWNER, { seminarId: fresh.seminar.id, document: file });
    expect(again).toMatchObject({ annotationsImported: 0, repliesImported: 0, duplicatesSkipped: total });
    // The copies, exported from the fresh seminar and brought home, are recognised by `via`.
    const copies = (await exportAs(cast.OWNER, { seminarId: fresh.seminar.id, format: 'HYPOTHESIS' })).content;
    expect(await importAs(cast.OWNER, { seminarId: seminar.id, document: copies })).toMatchObject({
      annotationsImported: 0,
      repliesImported: 0,
    });
  });

  it('answers a retried import (same clientId, even concurrently) with the first report', async () => {
    const file = (await exportAs(cast.OWNER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' })).content;
    const fresh = await freshSeminar();
    const input = { seminarId: fresh.seminar.id, document: file, clientId: nextClientId() };
    const results = await Promise.all(
      [1, 2, 3].map(() => api.gql<{ importAnnotations: ImportResult }>(IMPORT, { input }, cast.OWNER.token)),
    );
    const reports = results.map((r) => r.data?.importAnnotations);
    expect(new Set(reports.map((r) => r?.id)).size).toBe(1);
    expect(
      reports.every(
        (r) =>
          r?.annotationsImported ===
          JSON.parse(file).first.items.filter((i: Json & { motivation: string }) => i.motivation !== 'replying').length,
      ),
    ).toBe(true);
    const view = await gqlOk<{ reading: { annotations: { edges: unknown[] } } }>(
      VIEW,
      { id: fresh.readingId },
      cast.OWNER,
    );
    expect(view.reading.annotations.edges).toHaveLength(reports[0]!.annotationsImported);
  });

  it('keeps threads, anchors passages in the current text and reports orphans', async () => {
    const file = (await exportAs(cast.OWNER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' })).content;
    // The fresh reading has an extra sentence at the start: every passage moved.
    const fresh = await freshSeminar(`A new preface. ${REVISED}`);
    await importAs(cast.OWNER, { seminarId: fresh.seminar.id, document: file });
    const view = await gqlOk<{
      reading: {
        annotations: {
          edges: Array<{
            node: {
              body: string;
              deleted: boolean;
              anchorStatus: string;
              target: { exact: string; start: number };
              author: { displayName: string };
              replies: {
                edges: Array<{
                  node: { body: string; depth: number; deleted: boolean; author: { displayName: string } };
                }>;
              };
            };
          }>;
        };
        orphanedAnnotations: Array<{ target: { exact: string } }>;
      };
    }>(VIEW, { id: fresh.readingId }, cast.OWNER);
    const nodes = view.reading.annotations.edges.map((e) => e.node);
    const question = nodes.find((n) => n.body === 'Who decides?')!;
    expect(question.author.displayName).toBe('Moderator');
    const moved = `A new preface. ${REVISED}`;
    expect(question.target.start).toBe([...moved.slice(0, moved.indexOf('weigh sovereignty'))].length);
    expect(
      question.replies.edges.map((e) => [e.node.depth, e.node.deleted, e.node.author.displayName, e.node.body]),
    ).toEqual([
      [0, false, 'Owner', 'The Council.'],
      [1, false, 'Member', 'Only the Security Council?'],
      [2, false, 'Moderator', 'And the General Assembly.'],
      [0, true, 'Member', ''],
    ]);
    expect(nodes.find((n) => n.deleted)?.replies.edges[0].node.body).toBe('An answer that outlives its annotation.');
    expect(view.reading.orphanedAnnotations.map((o) => o.target.exact)).toEqual(['as old as time']);
  });

  it('attributes to a member importing them what others wrote, noting the original author', async () => {
    const file = (await exportAs(cast.OWNER, { readingId: reading.id, format: 'WEB_ANNOTATION' })).content;
    const fresh = await freshSeminar();
    const report = await importAs(cast.MEMBER, { seminarId: fresh.seminar.id, document: file });
    expect(report.attributedToImporter).toContainEqual({
      sourceId: `urn:glossa:annotation:${ids.question}`,
      originalAuthor: `Moderator <urn:glossa:user:${cast.MODERATOR.id}>`,
    });
    // The member's own posts stay theirs.
    expect(report.attributedToImporter.map((a) => a.sourceId)).not.toContain(`urn:glossa:annotation:${ids.comment}`);
    const view = await gqlOk<{
      reading: {
        annotations: {
          edges: Array<{
            node: {
              body: string;
              visibility: string;
              author: { displayName: string };
              importedFrom: { sourceId: string; originalAuthor: string | null };
            };
          }>;
        };
      };
    }>(VIEW, { id: fresh.readingId }, cast.OWNER);
    const question = view.reading.annotations.edges.map((e) => e.node).find((n) => n.body === 'Who decides?')!;
    expect(question.author.displayName).toBe('Member');
    expect(question.importedFrom).toEqual({
      sourceId: `urn:glossa:annotation:${ids.question}`,
      originalAuthor: `Moderator <urn:glossa:user:${cast.MODERATOR.id}>`,
    });
    // The owner's private note, imported by a member, became the member's own (private to them).
    expect(view.reading.annotations.edges.map((e) => e.node.body)).not.toContain('Owner’s private note');
  });

  it('imports Hypothesis annotations of a web page into a chosen reading, mapping users by name', async () => {
    const text = REVISED;
    const quote = 'Victimization';
    const hypothesis = {
      total: 4,
      rows: [
        {
          id: 'AbCdEfGhIjKlMnOpQrStUv',
          created: '2024-02-01T10:00:00.000000+00:00',
          updated: '2024-02-01T10:00:00.000000+00:00',
          user: 'acct:member@hypothes.is',
          user_info: { display_name: 'Member' },
          uri: 'https://example.org/peace-theme',
          text: 'Globalization is *the* new thing.',
          tags: ['global governance'],
          group: '__world__',
          permissions: { read: ['group:__world__'], update: ['acct:member@hypothes.is'] },
          target: [
            {
              source: 'https://example.org/peace-theme',
              selector: [
                {
                  type: 'RangeSelector',
                  startContainer: '/p[1]',
                  startOffset: 0,
                  endContainer: '/p[1]',
                  endOffset: 10,
                },
                { type: 'TextPositionSelector', start: 900, end: 913 },
                {
                  type: 'TextQuoteSelector',
                  exact: 'globalization',
                  prefix: 'What is new is ',
                  suffix: ', and the Securi',
                },
              ],
            },
          ],
          document: { title: ['Peace Theme'] },
          links: { html: 'https://hypothes.is/a/AbCdEfGhIjKlMnOpQrStUv' },
        },
        {
          id: 'ReplyReplyReplyReply01',
          created: '2024-02-02T10:00:00.000000+00:00',
          updated: '2024-02-02T10:00:00.000000+00:00',
          user: 'acct:stranger@hypothes.is',
          user_info: { display_name: null },
          uri: 'https://example.org/peace-theme',
          text: 'Is it, though?',
          tags: [],
          group: '__world__',
          permissions: { read: ['group:__world__'] },
          target: [{ source: 'https://example.org/peace-theme' }],
          references: ['AbCdEfGhIjKlMnOpQrStUv'],
        },
        {
          id: 'HighlightOnly000000001',
          user: 'acct:member@hypothes.is',
          uri: 'https://example.org/peace-theme',
          text: '',
          tags: [],
          target: [
            {
              source: 'https://example.org/peace-theme',
              selector: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }],
            },
          ],
        },
        { id: 'Broken', user: 'acct:x@hypothes.is', text: 'no target' },
      ],
    };
    const fresh = await freshSeminar(text);
    const report = await importAs(cast.OWNER, {
      seminarId: fresh.seminar.id,
      readingId: fresh.readingId,
      document: JSON.stringify(hypothesis),
    });
    expect(report).toMatchObject({ annotationsImported: 2, repliesImported: 1, duplicatesSkipped: 0 });
    expect(report.orphaned).toEqual([{ sourceId: 'hypothesis:HighlightOnly000000001', quote }]);
    expect(report.attributedToImporter).toEqual([
      { sourceId: 'hypothesis:ReplyReplyReplyReply01', originalAuthor: 'stranger <acct:stranger@hypothes.is>' },
    ]);
    expect(report.skipped).toEqual([
      { sourceId: 'hypothesis:Broken', reason: 'no uri: which document does it annotate?' },
    ]);
    const view = await gqlOk<{
      reading: {
        annotations: {
          edges: Array<{
            node: {
              body: string;
              tags: string[];
              anchorStatus: string;
              target: { exact: string };
              author: { displayName: string };
              replies: {
                edges: Array<{
                  node: { body: string; author: { displayName: string }; importedFrom: { originalAuthor: string } };
                }>;
              };
            };
          }>;
        };
      };
    }>(VIEW, { id: fresh.readingId }, cast.OWNER);
    const note = view.reading.annotations.edges.map((e) => e.node).find((n) => n.body !== '')!;
    expect(note).toMatchObject({
      body: 'Globalization is *the* new thing.',
      tags: ['global-governance'],
      target: { exact: 'globalization' },
      author: { displayName: 'Member' },
    });
    // The position pointed elsewhere; the quote and its context found the passage.
    expect(['exact', 'fuzzy']).toContain(note.anchorStatus);
    expect(note.replies.edges[0].node).toMatchObject({
      body: 'Is it, though?',
      author: { displayName: 'Owner' },
      importedFrom: { originalAuthor: 'stranger <acct:stranger@hypothes.is>' },
    });
    const again = await importAs(cast.OWNER, {
      seminarId: fresh.seminar.id,
      readingId: fresh.readingId,
      document: JSON.stringify(hypothesis),
    });
    expect(again).toMatchObject({ annotationsImported: 0, repliesImported: 0, duplicatesSkipped: 3 });
  });

  it('reports the readings of a file that match none of the seminar', async () => {
    const file = (await exportAs(cast.OWNER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' })).content;
    const elsewhere = await createSeminar(api, cast.OWNER, 'Elsewhere');
    await addReading(api, elsewhere.id, cast.OWNER, 'A different text entirely.');
    const report = await importAs(cast.OWNER, { seminarId: elsewhere.id, document: file });
    expect(report.annotationsImported).toBe(0);
    expect(report.unmatchedReadings).toEqual([
      {
        iri: `urn:glossa:reading:${reading.id}`,
        title: 'Peace Theme: Human Security',
        annotations: expect.any(Number),
      },
    ]);
    expect(report.skipped.every((s) => s.reason === 'the post it answers was not imported')).toBe(true);
  });

  it('exports a reading’s discussion as Markdown: quotes as blockquotes, comments, nested replies', async () => {
    const file = await exportAs(cast.OBSERVER, { readingId: reading.id, format: 'MARKDOWN' });
    expect(file.filename).toBe('peace-theme-human-security.discussion.md');
    const md = file.content;
    expect(md).toContain('# Peace Theme: Human Security');
    expect(md).toContain('> weigh sovereignty against intervention\n\n**Question** by **Moderator**');
    expect(md).toContain('Who decides?');
    expect(md).toMatch(
      /- \*\*Owner\*\*, [^\n]*:\n\n {2}The Council\.\n\n {2}- \*\*Member\*\*, [^\n]* \(edited\):\n\n {4}Only the Security Council\?\n\n {4}- \*\*Moderator\*\*/,
    );
    expect(md).toContain('People, **not** states.\n\n- one\n- two');
    expect(md).toContain('`#r2p`');
    expect(md).toContain('## Passages no longer in the text\n\n---\n\n> as old as time');
    // Observers see no one's private notes.
    expect(md).not.toContain('private note');
  });

  it('serves the same files as downloads over HTTP, with the session token', async () => {
    const get = (path: string, token?: string) =>
      fetch(`${api.url}${path}`, {
        headers: {
          accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
          ...(token ? { authorization: `Bearer ${token}` } : {}),
        },
      });
    const jsonld = await get(`/export/seminars/${seminar.id}/annotations.jsonld`, cast.OBSERVER.token);
    expect(jsonld.status).toBe(200);
    expect(jsonld.headers.get('content-type')).toContain('application/ld+json');
    expect(jsonld.headers.get('content-disposition')).toBe(
      'attachment; filename="human-security-seminar.annotations.jsonld"',
    );
    expect(((await jsonld.json()) as { type: string }).type).toBe('AnnotationCollection');
    const md = await get(`/export/readings/${reading.id}/discussion.md`, cast.MEMBER.token);
    expect(md.headers.get('content-type')).toContain('text/markdown');
    expect(await md.text()).toContain('Member’s private note');
    const hypothesis = await get(`/export/readings/${reading.id}/annotations.hypothesis.json`, cast.OWNER.token);
    expect(((await hypothesis.json()) as { rows: unknown[] }).rows.length).toBeGreaterThan(0);
    expect((await get(`/export/seminars/${seminar.id}/annotations.jsonld`, cast.NON_MEMBER.token)).status).toBe(404);
    expect((await get(`/export/seminars/${seminar.id}/annotations.jsonld`)).status).toBe(401);
    expect((await get(`/export/seminars/not-a-uuid/annotations.jsonld`, cast.OWNER.token)).status).toBe(400);
  });

  it('lets observers export but not import, and outsiders do neither (NOT_FOUND)', async () => {
    const file = (await exportAs(cast.OBSERVER, { seminarId: seminar.id, format: 'WEB_ANNOTATION' })).content;
    const input = { seminarId: seminar.id, document: file, clientId: nextClientId() };
    expect(outcome(await api.gql(IMPORT, { input }, cast.OBSERVER.token))).toBe('FORBIDDEN');
    expect(outcome(await api.gql(IMPORT, { input }, cast.NON_MEMBER.token))).toBe('NOT_FOUND');
    expect(
      outcome(
        await api.gql(EXPORT, { input: { seminarId: seminar.id, format: 'WEB_ANNOTATION' } }, cast.NON_MEMBER.token),
      ),
    ).toBe('NOT_FOUND');
    expect(
      outcome(await api.gql(EXPORT, { input: { readingId: reading.id, format: 'HYPOTHESIS' } }, cast.NON_MEMBER.token)),
    ).toBe('NOT_FOUND');
  });

  it.each([
    ['a document that is not JSON', { document: '<xml/>' }],
    ['JSON of neither format', { document: '{"hello": "world"}' }],
    [
      'a collection whose pages are links',
      {
        document: JSON.stringify({
          '@context': 'http://www.w3.org/ns/anno.jsonld',
          type: 'AnnotationCollection',
          first: 'https://example.org/page1',
        }),
      },
    ],
    ['a missing clientId', { clientId: undefined }],
  ])('refuses %s with BAD_USER_INPUT', async (_, override) => {
    const input = { seminarId: seminar.id, document: '[]', clientId: nextClientId(), ...override };
    expect(outcome(await api.gql(IMPORT, { input }, cast.OWNER.token))).toBe('BAD_USER_INPUT');
  });

  it('refuses a Markdown export of a whole seminar, or of nothing, with BAD_USER_INPUT', async () => {
    expect(
      outcome(await api.gql(EXPORT, { input: { seminarId: seminar.id, format: 'MARKDOWN' } }, cast.OWNER.token)),
    ).toBe('BAD_USER_INPUT');
    expect(outcome(await api.gql(EXPORT, { input: { format: 'WEB_ANNOTATION' } }, cast.OWNER.token))).toBe(
      'BAD_USER_INPUT',
    );
  });
});

/**
 * An export with its identities made comparable: each Glossa IRI of a post, reading or seminar
 * (and each bare UUID of a Hypothesis row) becomes its order of first appearance; `via`, the
 * generation time and Hypothesis's group are dropped. People keep their ids: the same members.
 */
function normalise(doc: Json): Json {
  const names = new Map<string, string>();
  const name = (value: string) => {
    if (!names.has(value)) names.set(value, `#${names.size}`);
    return names.get(value) as string;
  };
  const walk = (value: Json): Json => {
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') {
      const out: { [key: string]: Json } = {};
      for (const [key, inner] of Object.entries(value)) {
        if (['via', 'generated', 'group', 'label'].includes(key)) continue;
        if (key === 'glossa' && inner && typeof inner === 'object' && !Array.isArray(inner)) {
          const rest = { ...inner };
          delete rest.via;
          out[key] = walk(rest);
          continue;
        }
        out[key] = walk(inner);
      }
      return out;
    }
    if (typeof value === 'string') {
      return value.replace(
        /(urn:glossa:(?:annotation|reply|reading|seminar):)?(?<!user:|acct:)\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b(?!@glossa)/g,
        (whole, _prefix: string | undefined, uuid: string) =>
          whole.startsWith('urn:glossa:user:') ? whole : whole.replace(uuid, name(uuid)),
      );
    }
    return value;
  };
  return walk(doc);
}
