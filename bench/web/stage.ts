import { Client } from 'pg';
import { seedReadingView } from '../annotations/reading-view-seed';
import { Rng } from '../annotations/rng';

export interface Session {
  token: string;
  userId: string;
  request<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
}

async function post<T>(baseUrl: string, token: string | null, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  if (body.errors?.length || !body.data) throw new Error(`GraphQL: ${body.errors?.map((e) => e.message).join('; ') ?? res.status}`);
  return body.data;
}

export const DEMO_PASSWORD = 'read-together';
const GILDER_TITLE = 'International law and human security in a kaleidoscopic world';

export async function signIn(baseUrl: string, email: string): Promise<Session> {
  const data = await post<{ signIn: { token: string; viewer: { id: string } } }>(
    baseUrl,
    null,
    'mutation S($input: SignInInput!) { signIn(input: $input) { token viewer { id } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  const { token } = data.signIn;
  return { token, userId: data.signIn.viewer.id, request: (query, variables) => post(baseUrl, token, query, variables) };
}

export interface Stage {
  seminarId: string;
  /** The demo seminar's Gilder reading, with 1,000 more annotations and 3,000 replies. */
  busyReadingId: string;
  /** The same text added again to the same seminar, with no annotation: the baseline. */
  baselineReadingId: string;
  text: string;
  /** Ben Carter, who posts the live annotations. */
  other: Session;
  seeded: { annotations: number; replies: number; members: number };
}

/**
 * The demo seminar's Gilder reading seeded with SQL as `bench:reading-view` seeds it (seeded
 * generator: every run the same data), plus the baseline copy of its text.
 */
export async function stageReadings(baseUrl: string, databaseUrl: string, viewer: Session): Promise<Stage> {
  const owner = await signIn(baseUrl, 'owner@glossa.demo');
  const other = await signIn(baseUrl, 'ben@glossa.demo');
  const data = await owner.request<{ seminars: { edges: Array<{ node: { id: string; readings: { edges: Array<{ node: { id: string; title: string } }> } } }> } }>(
    'query { seminars(first: 10) { edges { node { id readings(first: 50) { edges { node { id title } } } } } } }',
  );
  const seminar = data.seminars.edges[0].node;
  const gilder = seminar.readings.edges.map((e) => e.node).find((r) => r.title === GILDER_TITLE);
  if (!gilder) throw new Error('The demo seminar has no Gilder reading');
  const reading = await owner.request<{ reading: { currentRevision: { number: number; text: string } } }>(
    'query R($id: ID!) { reading(id: $id) { currentRevision { number text } } }',
    { id: gilder.id },
  );
  const { number, text } = reading.reading.currentRevision;
  // The seeder writes revision 1; a revised Gilder would leave every seeded annotation orphaned.
  if (number !== 1) throw new Error(`The demo Gilder reading is at revision ${number}; the seeder writes revision 1`);
  const added = await owner.request<{ addReading: { id: string } }>('mutation A($input: AddReadingInput!) { addReading(input: $input) { id } }', {
    input: { seminarId: seminar.id, title: `${GILDER_TITLE} (no annotations)`, text, author: 'Alexander Gilder' },
  });

  const size = { annotations: 1000, replies: 3000, members: 29, reactions: 3000 };
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    await seedReadingView(db, { seminarId: seminar.id, readingId: gilder.id, viewerId: viewer.userId, text }, size, new Rng(16));
  } finally {
    await db.end();
  }
  return {
    seminarId: seminar.id,
    busyReadingId: gilder.id,
    baselineReadingId: added.addReading.id,
    text,
    other,
    // The viewer writes among the 29 others: 30 members in all.
    seeded: { annotations: size.annotations, replies: size.replies, members: size.members + 1 },
  };
}

/** A word-aligned passage of the text, as the API's target wants it (code points). */
export function passageAt(text: string, fromUtf16: number, words: number): { start: number; end: number; exact: string } {
  const re = /\S+/g;
  re.lastIndex = fromUtf16;
  const first = re.exec(text);
  if (!first) throw new Error('No word there');
  let end = first.index + first[0].length;
  for (let i = 1; i < words; i += 1) {
    const next = re.exec(text);
    if (!next) break;
    end = next.index + next[0].length;
  }
  const exact = text.slice(first.index, end);
  const start = [...text.slice(0, first.index)].length;
  return { start, end: start + [...exact].length, exact };
}

/** Another member annotates, as from their own device: what the viewer's page receives live. */
export async function annotateAs(session: Session, readingId: string, target: { start: number; end: number; exact: string }): Promise<string> {
  const data = await session.request<{ createAnnotation: { id: string } }>(
    'mutation C($input: CreateAnnotationInput!) { createAnnotation(input: $input) { id } }',
    { input: { readingId, revisionNumber: 1, target, motivation: 'commenting', body: 'Live from Ben.', tags: [], color: 'blue', visibility: 'SEMINAR' } },
  );
  return data.createAnnotation.id;
}
