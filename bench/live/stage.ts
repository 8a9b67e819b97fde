import { randomBytes } from 'node:crypto';
import { gql, must } from '../fanout/harness';

/** The seminar of the benchmark: an owner (the facilitator), `participants` members and one reading. */
export interface LiveStage {
  ownerToken: string;
  participantTokens: string[];
  readingId: string;
  sessionId: string;
}

export const LIVE_READING_TEXT =
  'Human security puts people first: freedom from fear, freedom from want, and freedom to live in dignity. ' +
  'Sovereignty, in this view, is a responsibility to protect the people of a state, not a shield against them.';

async function register(url: string, name: string): Promise<string> {
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@bench.glossa`;
  const payload = await must<{ token: string }>(
    gql(url, `mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
      input: { email, displayName: name, password: 'bench password 123' },
    }),
    'register',
  );
  return payload.token;
}

/** Runs `work` over `items` with at most `limit` at a time. */
export async function inBatches<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T, i: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i], i);
      }
    }),
  );
  return results;
}

export async function stageSession(url: string, participants: number): Promise<LiveStage> {
  const ownerToken = await register(url, 'Facilitator');
  const seminar = await must<{ id: string; inviteCode: string }>(
    gql(url, `mutation { createSeminar(input: { name: "Live bench" }) { id inviteCode } }`, {}, ownerToken),
    'createSeminar',
  );
  const participantTokens = await inBatches(Array.from({ length: participants }), 8, async (_, i) => {
    const token = await register(url, `Participant${i + 1}`);
    await must(
      gql(
        url,
        `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
        { code: seminar.inviteCode },
        token,
      ),
      'joinSeminar',
    );
    return token;
  });
  const reading = await must<{ id: string }>(
    gql(
      url,
      `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
      { input: { seminarId: seminar.id, title: 'Live bench', text: LIVE_READING_TEXT } },
      ownerToken,
    ),
    'addReading',
  );
  const session = await must<{ id: string }>(
    gql(
      url,
      `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { id } }`,
      { input: { subjectType: 'READING', subjectId: reading.id } },
      ownerToken,
    ),
    'startLiveSession',
  );
  return { ownerToken, participantTokens, readingId: reading.id, sessionId: session.id };
}
