import { DataSource } from 'typeorm';
import { StatementCounter } from '../src/database/statement-counter';
import { AuthService } from '../src/auth/auth.service';
import { loadConfig } from '../src/config/app-config';
import { annotate, annotated, CREATE_ANNOTATION, rangeOf } from './annotation-factories';
import { addReading, Cast, registerCast, seminarFor } from './factories';
import { outcome, sessionIdOf, startTestApp, TestApp } from './test-app';


const TEXT =
  'Peace Theme: Human Security. The components of human security are not new. Victimization and impunity are as old as time. ' +
  'What is new is globalization. Human security puts people first, and human security is a shared concern of the Security Council.';

const READING_VIEW = `query($id: ID!, $scope: AnnotationScope, $tags: [String!], $motivations: [Motivation!], $authorIds: [ID!]) {
  reading(id: $id) {
    annotations(scope: $scope, tags: $tags, motivations: $motivations, authorIds: $authorIds) {
      edges { node { id body bodyHtml tags motivation visibility deleted anchorStatus target { exact start end }
        author { displayName } replyCount reactions { kind count mine }
        replies { edges { node { id body depth parentId deleted editedAt author { displayName } reactions { kind count mine } } } } } }
    }
  }
}`;

type ViewNode = {
  id: string;
  body: string;
  bodyHtml: string;
  tags: string[];
  deleted: boolean;
  anchorStatus: string;
  target: { exact: string; start: number; end: number };
  author: { displayName: string };
  replyCount: number;
  reactions: Array<{ kind: string; count: number; mine: boolean }>;
  replies: {
    edges: Array<{
      node: {
        id: string;
        body: string;
        depth: number;
        parentId: string | null;
        deleted: boolean;
        editedAt: string | null;
        reactions: Array<{ kind: string; count: number; mine: boolean }>;
      };
    }>;
  };
};

describe('annotations and their discussions', () => {
  let api: TestApp;
  let db: DataSource;
  let cast: Cast;
  let seminar: { id: string; inviteCode: string };
  let reading: { id: string; text: string };

  const view = async (token: string, variables: Record<string, unknown> = {}) => {
    const result = await api.gql<{ reading: { annotations: { edges: Array<{ node: ViewNode }> } } }>(
      READING_VIEW,
      { id: reading.id, ...variables },
      token,
    );
    if (!result.data) throw new Error(JSON.stringify(result.errors));
    return result.data.reading.annotations.edges.map((e) => e.node);
  };

  beforeAll(async () => {
    // No job polling here: the statement counts below count every statement of the process.
    api = await startTestApp({ documents: { ...loadConfig({ NODE_ENV: 'test' }).documents, runJobs: false } });
    db = api.app.get(DataSource);
    cast = await registerCast(api);
    seminar = await seminarFor(api, cast);
    reading = { id: (await addReading(api, seminar.id, cast.OWNER, TEXT)).id, text: TEXT };
  });
  afterAll(() => api.close());

  it('anchors a comment to the exact words, with W3C quote and position selectors', async () => {
    const created = await annotated(api, cast.MEMBER, reading, 'Victimization and impunity', {
      tags: ['#Impunity', 'history'],
      color: 'green',
    });
    expect(created).toMatchObject({
      revisionNumber: 1,
      anchorStatus: 'exact',
      target: rangeOf(TEXT, 'Victimization and impunity'),
    });
    expect(created.target.prefix).toBe(TEXT.slice(TEXT.indexOf('Victimization') - 32, TEXT.indexOf('Victimization')));
    const [row] = await db.query('SELECT tags, color FROM annotations WHERE id = $1', [created.id]);
    expect(row).toEqual({ tags: ['impunity', 'history'], color: 'green' });
  });

  it('counts positions in code points, so an emoji or 𝔐 before the passage shifts it by one', async () => {
    const text = '🌍 𝔐 Human security puts people first.';
    const astral = { id: (await addReading(api, seminar.id, cast.OWNER, text)).id, text };
    const created = await annotated(api, cast.MEMBER, astral, 'people first');
    expect(created.target).toMatchObject({ start: 24, end: 36, exact: 'people first' });
    const wrongUnits = await api.gql(
      CREATE_ANNOTATION,
      {
        input: {
          readingId: astral.id,
          revisionNumber: 1,
          target: { start: text.indexOf('people'), end: text.indexOf('people') + 12, exact: 'people first' },
          motivation: 'highlighting',
        },
      },
      cast.MEMBER.token,
    );
    expect(outcome(wrongUnits)).toBe('BAD_USER_INPUT');
  });

  it.each([
    ['a quote that does not match the text at that position', { target: { start: 0, end: 5, exact: 'Hello' } }],
    ['a range outside the text', { target: { start: 10_000, end: 10_005, exact: 'words' } }],
    ['an empty selection', { target: { start: 3, end: 3, exact: '' } }],
    ['a highlight with a body', { motivation: 'highlighting', body: 'text' }],
    ['a comment without a body', { motivation: 'commenting', body: '  ' }],
    ['a revision that does not exist', { revisionNumber: 9 }],
    ['a tag with spaces', { tags: ['human security'] }],
    ['an unknown colour', { color: 'chartreuse' }],
    ['a body over 10,000 characters', { body: 'x'.repeat(10_001) }],
  ])('refuses %s with BAD_USER_INPUT', async (_, override) => {
    const input = {
      readingId: reading.id,
      revisionNumber: 1,
      target: rangeOf(TEXT, 'globalization'),
      motivation: 'commenting',
      body: 'Why?',
      ...override,
    };
    expect(outcome(await api.gql(CREATE_ANNOTATION, { input }, cast.MEMBER.token))).toBe('BAD_USER_INPUT');
  });

  it('returns the first annotation when a create is retried with the same clientId, even concurrently', async () => {
    const results = await Promise.all(
      [1, 2, 3].map(() => annotate(api, cast.MEMBER, reading, 'globalization', { clientId: 'annotation-retry-01' })),
    );
    expect(new Set(results.map((r) => r.data?.createAnnotation.id)).size).toBe(1);
    const [{ n }] = await db.query(
      `SELECT count(*)::int AS n FROM annotations WHERE client_id = 'annotation-retry-01'`,
    );
    expect(n).toBe(1);
  });

  it('returns the first annotation to a retry that would now be refused (its passage revised away)', async () => {
    const own = { id: (await addReading(api, seminar.id, cast.OWNER, TEXT)).id, text: TEXT };
    const phrase = 'globalization';
    const first = await annotated(api, cast.MEMBER, own, phrase, { clientId: 'retry-after-revision' });
    const revised = await api.gql(
      `mutation($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }`,
      { input: { readingId: own.id, text: TEXT.split(phrase).join('integration') } },
      cast.OWNER.token,
    );
    expect(revised.errors).toBeUndefined();
    // A new create of that selection at revision 1 is refused: its words are gone…
    expect(outcome(await annotate(api, cast.MEMBER, own, phrase))).toBe('CONFLICT');
    // …but the retry of the create that went through gets its annotation back.
    const retried = await annotate(api, cast.MEMBER, own, phrase, { clientId: 'retry-after-revision' });
    expect(retried.data?.createAnnotation.id).toBe(first.id);
  });

  it('shows a private annotation to its author only', async () => {
    const secret = await annotated(api, cast.MEMBER, reading, 'as old as time', {
      visibility: 'PRIVATE',
      body: 'Note to self',
    });
    expect((await view(cast.MEMBER.token)).map((a) => a.id)).toContain(secret.id);
    for (const other of [cast.OWNER, cast.MODERATOR, cast.OBSERVER])
      expect((await view(other.token)).map((a) => a.id)).not.toContain(secret.id);
    expect(
      outcome(await api.gql(`query($id: ID!) { annotation(id: $id) { id } }`, { id: secret.id }, cast.OWNER.token)),
    ).toBe('NOT_FOUND');
    expect(
      outcome(
        await api.gql(
          `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
          { i: { threadId: secret.threadId, body: 'peek' } },
          cast.OWNER.token,
        ),
      ),
    ).toBe('NOT_FOUND');
  });

  it('keeps observers to reading: they see annotations but cannot create them (FORBIDDEN)', async () => {
    expect(outcome(await annotate(api, cast.OBSERVER, reading, 'What is new'))).toBe('FORBIDDEN');
    expect((await view(cast.OBSERVER.token)).length).toBeGreaterThan(0);
  });

  it('lets only the author edit an annotation, and marks it edited', async () => {
    const mine = await annotated(api, cast.MEMBER, reading, 'What is new');
    const edit = `mutation($i: UpdateAnnotationInput!) { updateAnnotation(input: $i) { body editedAt tags } }`;
    const ok = await api.gql<{ updateAnnotation: { body: string; editedAt: string | null; tags: string[] } }>(
      edit,
      { i: { annotationId: mine.id, body: 'Still new?', tags: ['globalization'] } },
      cast.MEMBER.token,
    );
    expect(ok.data?.updateAnnotation).toMatchObject({ body: 'Still new?', tags: ['globalization'] });
    expect(ok.data?.updateAnnotation.editedAt).not.toBeNull();
    expect(outcome(await api.gql(edit, { i: { annotationId: mine.id, body: 'Hijacked' } }, cast.OWNER.token))).toBe(
      'FORBIDDEN',
    );
  });

  it('threads replies to any depth, marks edits, and keeps a deleted reply’s place', async () => {
    const root = await annotated(api, cast.MEMBER, reading, 'shared concern', {
      motivation: 'questioning',
      body: 'Whose concern?',
    });
    const reply = `mutation($i: ReplyInput!) { reply(input: $i) { id depth parentId } }`;
    const first = (
      await api.gql<{ reply: { id: string; depth: number } }>(
        reply,
        { i: { threadId: root.threadId, body: 'The Council’s.' } },
        cast.MODERATOR.token,
      )
    ).data!.reply;
    const second = (
      await api.gql<{ reply: { id: string; depth: number } }>(
        reply,
        { i: { threadId: root.threadId, parentId: first.id, body: 'Only?' } },
        cast.MEMBER.token,
      )
    ).data!.reply;
    const third = (
      await api.gql<{ reply: { id: string; depth: number } }>(
        reply,
        { i: { threadId: root.threadId, parentId: second.id, body: 'Everyone’s.' } },
        cast.OWNER.token,
      )
    ).data!.reply;
    expect([first.depth, second.depth, third.depth]).toEqual([0, 1, 2]);
    await api.gql(
      `mutation($i: EditReplyInput!) { editReply(input: $i) { id } }`,
      { i: { replyId: second.id, body: 'Only the Council?' } },
      cast.MEMBER.token,
    );
    await api.gql(
      `mutation($i: ReplyRefInput!) { deleteReply(input: $i) { id } }`,
      { i: { replyId: first.id } },
      cast.MODERATOR.token,
    );
    const node = (await view(cast.OBSERVER.token)).find((a) => a.id === root.id)!;
    expect(node.replyCount).toBe(2);
    expect(node.replies.edges.map((e) => [e.node.depth, e.node.deleted, e.node.body])).toEqual([
      [0, true, ''],
      [1, false, 'Only the Council?'],
      [2, false, 'Everyone’s.'],
    ]);
    expect(node.replies.edges[1].node.editedAt).not.toBeNull();
    expect(
      outcome(
        await api.gql(
          `mutation($i: EditReplyInput!) { editReply(input: $i) { id } }`,
          { i: { replyId: third.id, body: 'x' } },
          cast.MEMBER.token,
        ),
      ),
    ).toBe('FORBIDDEN');
  });

  it('keeps a deleted annotation with replies as "deleted", and drops one without', async () => {
    const lonely = await annotated(api, cast.MEMBER, reading, 'Human security puts');
    const discussed = await annotated(api, cast.MEMBER, reading, 'people first');
    await api.gql(
      `mutation($i: ReplyInput!) { reply(input: $i) { id } }`,
      { i: { threadId: discussed.threadId, body: 'Agreed.' } },
      cast.OWNER.token,
    );
    for (const a of [lonely, discussed])
      await api.gql(
        `mutation($i: AnnotationRefInput!) { deleteAnnotation(input: $i) { id } }`,
        { i: { annotationId: a.id } },
        cast.MEMBER.token,
      );
    const nodes = await view(cast.OWNER.token);
    expect(nodes.find((a) => a.id === lonely.id)).toBeUndefined();
    expect(nodes.find((a) => a.id === discussed.id)).toMatchObject({ deleted: true, body: '', replyCount: 1 });
  });

  it('counts reactions per kind with "mine", idempotently', async () => {
    const target = await annotated(api, cast.MEMBER, reading, 'The components');
    const react = `mutation($i: ReactInput!) { reactToAnnotation(input: $i) { kind count mine } }`;
    await api.gql(react, { i: { subjectId: target.id, kind: 'AGREE', active: true } }, cast.OWNER.token);
    await api.gql(react, { i: { subjectId: target.id, kind: 'AGREE', active: true } }, cast.OWNER.token);
    const after = await api.gql<{ reactToAnnotation: Array<{ kind: string; count: number; mine: boolean }> }>(
      react,
      { i: { subjectId: target.id, kind: 'AGREE', active: true } },
      cast.MODERATOR.token,
    );
    expect(after.data?.reactToAnnotation.find((r) => r.kind === 'AGREE')).toEqual({
      kind: 'AGREE',
      count: 2,
      mine: true,
    });
    await api.gql(react, { i: { subjectId: target.id, kind: 'AGREE', active: false } }, cast.OWNER.token);
    const node = (await view(cast.OWNER.token)).find((a) => a.id === target.id)!;
    expect(node.reactions.find((r) => r.kind === 'AGREE')).toEqual({ kind: 'AGREE', count: 1, mine: false });
    expect(
      outcome(await api.gql(react, { i: { subjectId: target.id, kind: 'AGREE', active: true } }, cast.OBSERVER.token)),
    ).toBe('FORBIDDEN');
  });

  it('lists only the kinds of reaction given, in a fixed order, on annotations and replies', async () => {
    const target = await annotated(api, cast.MEMBER, reading, 'The components');
    const react = `mutation($i: ReactInput!) { reactToAnnotation(input: $i) { kind count mine } }`;
    const none = (await view(cast.OWNER.token)).find((a) => a.id === target.id);
    expect(none?.reactions).toEqual([]);
    await api.gql(react, { i: { subjectId: target.id, kind: 'SAME_QUESTION', active: true } }, cast.MEMBER.token);
    await api.gql(react, { i: { subjectId: target.id, kind: 'AGREE', active: true } }, cast.OWNER.token);
    const node = (await view(cast.OWNER.token)).find((a) => a.id === target.id);
    expect(node?.reactions).toEqual([
      { kind: 'AGREE', count: 1, mine: true },
      { kind: 'SAME_QUESTION', count: 1, mine: false },
    ]);
    const reply = await api.gql<{ reply: { id: string; reactions: unknown[] } }>(
      `mutation($input: ReplyInput!) { reply(input: $input) { id reactions { kind count mine } } }`,
      { input: { threadId: target.threadId, body: 'Which components?' } },
      cast.OWNER.token,
    );
    expect(reply.data?.reply.reactions).toEqual([]);
    await api.gql(
      `mutation($i: ReactInput!) { reactToReply(input: $i) { kind } }`,
      { i: { subjectId: reply.data?.reply.id, kind: 'INSIGHTFUL', active: true } },
      cast.MEMBER.token,
    );
    const shown = (await view(cast.MEMBER.token)).find((a) => a.id === target.id);
    expect(shown?.replies.edges.map((e) => e.node.reactions)).toEqual([[{ kind: 'INSIGHTFUL', count: 1, mine: true }]]);
  });

  it('notifies mentioned members, and not outsiders, with an unread count', async () => {
    const body = `Look, @[Owner](user:${cast.OWNER.id}) and @[Outsider](user:${cast.NON_MEMBER.id})`;
    const a = await annotated(api, cast.MEMBER, reading, 'is new', { body });
    const inbox = await api.gql<{
      unreadNotificationCount: number;
      notifications: { edges: Array<{ node: { id: string; subjectId: string; excerpt: string; read: boolean } }> };
    }>(
      `{ unreadNotificationCount notifications { edges { node { id subjectId excerpt read } } } }`,
      {},
      cast.OWNER.token,
    );
    expect(inbox.errors).toBeUndefined();
    expect(inbox.data?.unreadNotificationCount).toBe(1);
    expect(inbox.data?.notifications.edges[0].node).toMatchObject({
      subjectId: a.id,
      excerpt: 'Look, @Owner and @Outsider',
      read: false,
    });
    const outsider = await api.gql<{ unreadNotificationCount: number }>(
      `{ unreadNotificationCount }`,
      {},
      cast.NON_MEMBER.token,
    );
    expect(outsider.data?.unreadNotificationCount).toBe(0);
    const left = await api.gql<{ markNotificationsRead: number }>(
      `mutation { markNotificationsRead(input: {}) }`,
      {},
      cast.OWNER.token,
    );
    expect(left.data?.markNotificationsRead).toBe(0);
    expect((await view(cast.OWNER.token)).find((n) => n.id === a.id)?.bodyHtml).toContain('<span class="mention"');
  });

  it('filters the reading view by author, tag, motivation and scope', async () => {
    const q = await annotated(api, cast.MODERATOR, reading, 'Security Council', {
      motivation: 'questioning',
      body: 'Which?',
      tags: ['unsc'],
    });
    expect((await view(cast.OWNER.token, { tags: ['#UNSC'] })).map((a) => a.id)).toEqual([q.id]);
    expect((await view(cast.OWNER.token, { motivations: ['questioning'] })).map((a) => a.id)).toContain(q.id);
    expect(
      (await view(cast.OWNER.token, { authorIds: [cast.MODERATOR.id] })).every(
        (a) => a.author.displayName === 'Moderator',
      ),
    ).toBe(true);
    expect(
      (await view(cast.MODERATOR.token, { scope: 'MINE' })).every((a) => a.author.displayName === 'Moderator'),
    ).toBe(true);
    expect(
      (await view(cast.MODERATOR.token, { scope: 'OTHERS' })).some((a) => a.author.displayName === 'Moderator'),
    ).toBe(false);
  });

  it('opens a reading with 10 or 1,000 annotations in the same number of SQL statements', async () => {
    const count = async (n: number) => {
      const text = 'Human security. '.repeat(Math.max(n, 1));
      const r = { id: (await addReading(api, seminar.id, cast.OWNER, text)).id, text };
      const seed = await annotated(api, cast.MEMBER, r, 'Human security');
      // Bulk-insert the rest (each with its own thread and a reply and a reaction) straight into the tables.
      await db.query(
        `WITH t AS (
           INSERT INTO threads (seminar_id, subject_type, subject_id, room)
           SELECT $1::uuid, 'annotation', gen_random_uuid(), 'reading:' || $2 FROM generate_series(2, $3::int) RETURNING id, subject_id),
         a AS (
           INSERT INTO annotations (id, seminar_id, reading_id, thread_id, revision_number, author_id, motivation, body, body_html, color, visibility,
             quote_exact, quote_prefix, quote_suffix, position_start, position_end, anchor_status, anchor_score)
           SELECT t.subject_id, $1::uuid, $2::uuid, t.id, 1, $4::uuid, 'commenting', 'Bulk', '<p>Bulk</p>', 'yellow', 'SEMINAR', 'Human security', '', '', 0, 14, 'exact', 1 FROM t RETURNING id, thread_id)
         INSERT INTO comments (thread_id, seminar_id, depth, author_id, body, body_html) SELECT a.thread_id, $1::uuid, 0, $5::uuid, 'Reply', '<p>Reply</p>' FROM a`,
        [seminar.id, r.id, n, cast.MEMBER.id, cast.OWNER.id],
      );
      await db.query(
        `INSERT INTO reactions (subject_type, subject_id, user_id, kind) SELECT 'annotation', id, $2, 'AGREE' FROM annotations WHERE reading_id = $1`,
        [r.id, cast.OWNER.id],
      );
      void seed;
      // The session check may or may not hit its 10 s cache depending on how long the set-up took:
      // forget it, so both counts include its one look-up.
      api.app.get(AuthService).forgetSession(sessionIdOf(cast.OWNER.token));
      const before = StatementCounter.total;
      const result = await api.gql<{ reading: { annotations: { edges: unknown[] } } }>(
        READING_VIEW.replace('annotations(', 'annotations(first: 5000, '),
        { id: r.id },
        cast.OWNER.token,
      );
      expect(result.data?.reading.annotations.edges).toHaveLength(n);
      return StatementCounter.total - before;
    };
    const small = await count(10);
    const large = await count(1000);
    expect(large).toBe(small);
    expect(large).toBeLessThanOrEqual(12);
  });
});
