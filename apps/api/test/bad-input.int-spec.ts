import { buildClientSchema, getIntrospectionQuery, IntrospectionQuery } from 'graphql';
import { annotated } from './annotation-factories';
import { badInputProbes, FORGED_CURSORS, Probe, ProbeFixture } from './bad-input-probes';
import { addClaim, createDebate } from './debate-factories';
import { addReading, createSeminar, joinAs, registerUser, TEST_PASSWORD, TestUser } from './factories';
import { startTestApp, TestApp } from './test-app';

/** The codes a client may see (docs/design.md, GraphQL conventions): anything else, INTERNAL_SERVER_ERROR above all, is a bug. */
const FIXED_CODES = new Set(['UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND', 'BAD_USER_INPUT', 'CONFLICT', 'RATE_LIMITED']);

/** No answer to bad input may take longer than this. */
const MAX_ANSWER_MS = 2_000;

interface Answer {
  status: number;
  ms: number;
  body: { data?: unknown; errors?: Array<{ message: string; extensions?: { code?: string } }> } | null;
  text: string;
}

const READING_TEXT = 'Human security puts people first. Sovereignty is a responsibility, not only a right.';

describe('bad input never gets a 500', () => {
  let api: TestApp;
  let owner: TestUser;
  let fixture: ProbeFixture;

  beforeAll(async () => {
    api = await startTestApp();
    owner = await registerUser(api, 'Probe Owner');
    const member = await registerUser(api, 'Probe Member');
    const seminar = await createSeminar(api, owner);
    await joinAs(api, seminar, owner, member, 'MEMBER');
    const reading = { ...(await addReading(api, seminar.id, owner, READING_TEXT)), text: READING_TEXT };
    const annotation = await annotated(api, member, reading, 'people first');
    const debate = await createDebate(api, owner, seminar.id);
    const claim = await addClaim(api, member, debate.id);
    const reply = await api.gql<{ reply: { id: string } }>(
      `mutation($input: ReplyInput!) { reply(input: $input) { id } }`,
      { input: { threadId: annotation.threadId, body: 'A reply.' } },
      member.token,
    );
    const flag = await api.gql<{ flag: { id: string } }>(
      `mutation($input: FlagInput!) { flag(input: $input) { id } }`,
      { input: { subjectType: 'ANNOTATION', subjectId: annotation.id, reason: 'Please look.' } },
      member.token,
    );
    if (!reply.data || !flag.data) throw new Error(`fixture failed: ${JSON.stringify([reply.errors, flag.errors])}`);
    fixture = {
      ids: {
        seminarId: seminar.id,
        'seminar.id': seminar.id,
        readingId: reading.id,
        'reading.id': reading.id,
        annotationId: annotation.id,
        'annotation.id': annotation.id,
        subjectId: annotation.id,
        threadId: annotation.threadId,
        replyId: reply.data.reply.id,
        debateId: debate.id,
        'debate.id': debate.id,
        claimId: claim.id,
        'claim.id': claim.id,
        userId: member.id,
        flagId: flag.data.flag.id,
      },
      strings: {
        email: owner.email,
        password: TEST_PASSWORD,
        inviteCode: seminar.inviteCode,
        clientId: 'probe-client-0001',
        document: '[]',
        exact: 'Human',
        query: 'people',
      },
    };
  });
  afterAll(() => api.close());

  async function send(body: string, headers: Record<string, string> = {}): Promise<Answer> {
    const started = performance.now();
    const response = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${owner.token}`, ...headers },
      body,
    });
    const text = await response.text();
    const ms = performance.now() - started;
    let parsed: Answer['body'] = null;
    try {
      parsed = JSON.parse(text) as Answer['body'];
    } catch {
      // Left null: judged by `problems` below.
    }
    return { status: response.status, ms, body: parsed, text };
  }

  /** What is wrong with an answer to bad input; nothing when it is a 4xx (or a 200 with errors) with fixed codes. */
  function problems(answer: Answer): string[] {
    const found: string[] = [];
    if (answer.status >= 500 || (answer.status !== 200 && answer.status < 400)) found.push(`HTTP ${answer.status}`);
    // The time bound is for refusals: a probe the API accepted (a 1 MB string is a valid reading
    // text) did real work, whose speed the benchmarks measure, not this test.
    const refused = (answer.body?.errors?.length ?? 0) > 0 || answer.status >= 400;
    if (refused && answer.ms > MAX_ANSWER_MS) found.push(`${Math.round(answer.ms)} ms`);
    if (!answer.body) found.push(`not JSON: ${answer.text.slice(0, 80)}`);
    for (const error of answer.body?.errors ?? []) {
      const code = error.extensions?.code;
      if (!code || !FIXED_CODES.has(code)) found.push(`code ${code ?? '(none)'}: ${error.message.slice(0, 100)}`);
    }
    if (answer.status >= 400 && !answer.body?.errors?.length) found.push(`a 4xx without errors: ${answer.text.slice(0, 80)}`);
    return found;
  }

  async function introspectedSchema() {
    const answer = await send(JSON.stringify({ query: getIntrospectionQuery() }));
    return buildClientSchema((answer.body as { data: IntrospectionQuery }).data);
  }

  it('answers every bad argument of every query and mutation with a fixed code and no 5xx, within 2 s', async () => {
    const probes: Probe[] = badInputProbes(await introspectedSchema(), fixture);
    const failures: string[] = [];
    const started = performance.now();
    for (const probe of probes) {
      const answer = await send(JSON.stringify({ query: probe.query, variables: probe.variables }));
      const found = problems(answer);
      if (found.length) failures.push(`${probe.label}: ${found.join('; ')}`);
    }
    const seconds = (performance.now() - started) / 1000;
    console.log(`[bad-input] ${probes.length} generated probes in ${seconds.toFixed(1)} s`);
    expect(probes.length).toBeGreaterThan(1_000);
    expect(failures).toEqual([]);
    // Thousands of requests: how long they take is printed above, never a reason to fail.
  }, 600_000);

  it('answers a required variable left out or null with 400 BAD_USER_INPUT', async () => {
    for (const variables of [{}, { id: null }]) {
      const answer = await send(JSON.stringify({ query: 'query($id: ID!) { annotation(id: $id) { id } }', variables }));
      expect(answer.status).toBe(400);
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('answers a forged notifications cursor with BAD_USER_INPUT', async () => {
    for (const after of FORGED_CURSORS) {
      const answer = await send(JSON.stringify({ query: 'query($after: String) { notifications(after: $after) { pageInfo { endCursor } } }', variables: { after } }));
      expect(problems(answer)).toEqual([]);
      if (after) expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses text with a NUL character as BAD_USER_INPUT, in a variable or in the query', async () => {
    const search = `query($q: String!) { search(input: { seminarId: "${fixture.ids.seminarId}", query: $q }) { pageInfo { hasNextPage } } }`;
    const inVariable = await send(JSON.stringify({ query: search, variables: { q: 'x\u0000y' } }));
    const inline = await send(JSON.stringify({ query: `{ search(input: { seminarId: "${fixture.ids.seminarId}", query: "x\\u0000y" }) { pageInfo { hasNextPage } } }` }));
    for (const answer of [inVariable, inline]) {
      expect(answer.status).toBe(400);
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a body over the limit with 413 and BAD_USER_INPUT', async () => {
    const answer = await send(JSON.stringify({ query: '{ me { id } }', variables: { pad: 'x'.repeat(6 * 1024 * 1024) } }));
    expect(answer.status).toBe(413);
    expect(problems(answer)).toEqual([]);
  });

  it('refuses a body that is not JSON with 400 and BAD_USER_INPUT', async () => {
    for (const body of ['{"query": ', 'null', '"text"', '{"query": 5}', '{"query": "{ me { id } }", "variables": "x"}']) {
      const answer = await send(body);
      expect(answer.status).toBe(400);
      expect(problems(answer)).toEqual([]);
    }
  });

  it('refuses a batch of operations with 400 and BAD_USER_INPUT', async () => {
    const answer = await send(JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]));
    expect(answer.status).toBe(400);
    expect(problems(answer)).toEqual([]);
  });

  it('answers bad persisted-query hashes with BAD_USER_INPUT', async () => {
    const cases = [
      { extensions: { persistedQuery: { version: 1, sha256Hash: 'f'.repeat(64) } } },
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 1, sha256Hash: 'not-the-hash' } } },
      { query: '{ me { id } }', extensions: { persistedQuery: { version: 2, sha256Hash: 'x' } } },
      { query: '{ me { id } }', extensions: { persistedQuery: 'x' } },
    ];
    for (const body of cases) {
      const answer = await send(JSON.stringify(body));
      expect(problems(answer)).toEqual([]);
      expect(answer.body?.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    }
  });

  it('refuses a document with too many aliases or nodes with 400, quickly', async () => {
    const aliases = (count: number, field: string) =>
      `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
    const search = `search(input: { seminarId: "${fixture.ids.seminarId}", query: "people" }) { edges { node { id } } }`;
    // Each fragment spreads the next twice: 2^30 fields once spread out, in a few hundred tokens.
    const fragments = Array.from({ length: 30 }, (_, i) => `fragment F${i} on Query { ...F${i + 1} ...F${i + 1} }`);
    const spreadOut = `{ ...F0 } ${fragments.join(' ')} fragment F30 on Query { me { id } }`;
    const documents = [
      aliases(2_000, 'me { id }'),
      aliases(600, search),
      `{ me { ${'id '.repeat(50_000)} } }`,
      spreadOut,
      '{ ...Unknown }',
      'query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }',
    ];
    for (const query of documents) {
      const answer = await send(JSON.stringify({ query }));
      expect(answer.status).toBe(400);
      expect(problems(answer)).toEqual([]);
    }
  });
});
