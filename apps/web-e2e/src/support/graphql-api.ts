/**
 * A minimal GraphQL client for setting the stage of a browser test through the API, as another
 * member's device would (sign in, add a reading, annotate), with a bearer token.
 */
export interface ApiSession {
  token: string;
  userId: string;
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

export async function signInToApi(baseUrl: string, email: string, password: string): Promise<ApiSession> {
  const signedIn = await post<{ signIn: { token: string; viewer: { id: string } } }>(
    baseUrl,
    null,
    'mutation SignIn($input: SignInInput!) { signIn(input: $input) { token viewer { id } } }',
    { input: { email, password } },
  );
  const { token } = signedIn.signIn;
  return { token, userId: signedIn.signIn.viewer.id, request: (query, variables) => post(baseUrl, token, query, variables) };
}

/** A new account, for a convenor whose seminars no other test sees. */
export async function registerToApi(baseUrl: string, displayName: string): Promise<ApiSession> {
  const email = `${displayName.toLowerCase().replace(/\W+/g, '.')}.${Date.now()}@example.org`;
  const registered = await post<{ register: { token: string; viewer: { id: string } } }>(
    baseUrl,
    null,
    'mutation Register($input: RegisterInput!) { register(input: $input) { token viewer { id } } }',
    { input: { displayName, email, password: 'a-long-enough-passphrase' } },
  );
  const { token } = registered.register;
  return { token, userId: registered.register.viewer.id, request: (query, variables) => post(baseUrl, token, query, variables) };
}

async function post<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL error: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
  return body.data;
}

/** The demo seminar's id and its readings, by title, as a member sees them. */
export async function demoReadings(session: ApiSession): Promise<{ seminarId: string; readings: Array<{ id: string; title: string }> }> {
  const data = await session.request<{ seminars: { edges: Array<{ node: { id: string; readings: { edges: Array<{ node: { id: string; title: string } }> } } }> } }>(
    'query { seminars(first: 10) { edges { node { id readings(first: 50) { edges { node { id title } } } } } } }',
  );
  const seminar = data.seminars.edges[0].node;
  return { seminarId: seminar.id, readings: seminar.readings.edges.map((e) => e.node) };
}

/** Code point offsets of `phrase` in `text` (W3C TextPositionSelector, as the API counts). */
export function codePointSpan(text: string, phrase: string, occurrence = 0): { start: number; end: number; exact: string } {
  let at = -1;
  for (let i = 0; i <= occurrence; i += 1) at = text.indexOf(phrase, at + 1);
  if (at < 0) throw new Error(`"${phrase}" is not in the text`);
  const start = [...text.slice(0, at)].length;
  return { start, end: start + [...phrase].length, exact: phrase };
}

/** A new seminar of `owner` that `members` joined with its invite code, so a test's data stays its own. */
export async function startSeminar(owner: ApiSession, name: string, members: ApiSession[]): Promise<string> {
  const created = await owner.request<{ createSeminar: { id: string; inviteCode: string } }>(
    'mutation S($input: CreateSeminarInput!) { createSeminar(input: $input) { id inviteCode } }',
    { input: { name } },
  );
  for (const member of members) {
    await member.request('mutation J($input: JoinSeminarInput!) { joinSeminar(input: $input) { id } }', { input: { inviteCode: created.createSeminar.inviteCode } });
  }
  return created.createSeminar.id;
}

export async function addReading(owner: ApiSession, seminarId: string, title: string, text: string, author = ''): Promise<string> {
  const added = await owner.request<{ addReading: { id: string } }>('mutation A($input: AddReadingInput!) { addReading(input: $input) { id } }', {
    input: { seminarId, title, text, author },
  });
  return added.addReading.id;
}

export async function reviseReading(owner: ApiSession, readingId: string, text: string): Promise<void> {
  await owner.request('mutation R($input: ReviseReadingInput!) { reviseReading(input: $input) { id } }', { input: { readingId, text, note: 'Edited' } });
}

export interface SeededAnnotation {
  id: string;
  threadId: string;
  target: { start: number; end: number; exact: string };
}

export async function annotate(
  session: ApiSession,
  input: { readingId: string; target: { start: number; end: number; exact: string }; motivation: string; body?: string; tags?: string[]; color?: string; visibility?: string },
): Promise<SeededAnnotation> {
  const created = await session.request<{ createAnnotation: SeededAnnotation }>(
    'mutation C($input: CreateAnnotationInput!) { createAnnotation(input: $input) { id threadId target { start end exact } } }',
    { input: { revisionNumber: 1, body: '', tags: [], color: 'yellow', visibility: 'SEMINAR', ...input } },
  );
  return created.createAnnotation;
}
