/**
 * The soak's seminar: an owner, ten members and `readings` readings (one room each), created
 * through GraphQL on one instance. Every member may annotate every reading and listen to its room.
 */
import { randomBytes } from 'node:crypto';
import { READING_TEXT } from '../fanout/changes';
import { gql, must } from '../fanout/harness';
import type { WriteTarget } from './writes';

const MEMBERS = 10;
const PASSAGE = 'freedom from fear';

export interface Stage {
  memberTokens: string[];
  rooms: WriteTarget[];
}

async function register(url: string, name: string): Promise<string> {
  const email = `${name.toLowerCase()}.${randomBytes(4).toString('hex')}@soak.glossa`;
  const payload = await must<{ token: string }>(
    gql(url, `mutation($input: RegisterInput!) { register(input: $input) { token } }`, {
      input: { email, displayName: name, password: 'soak password 123' },
    }),
    'register',
  );
  return payload.token;
}

export async function stage(url: string, readings: number): Promise<Stage> {
  const ownerToken = await register(url, 'Convenor');
  const seminar = await must<{ id: string; inviteCode: string }>(
    gql(url, `mutation { createSeminar(input: { name: "Soak" }) { id inviteCode } }`, {}, ownerToken),
    'createSeminar',
  );
  const memberTokens: string[] = [];
  for (let i = 0; i < MEMBERS; i++) {
    const token = await register(url, `Member${i + 1}`);
    await must(
      gql(
        url,
        `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
        { code: seminar.inviteCode },
        token,
      ),
      'joinSeminar',
    );
    memberTokens.push(token);
  }
  const index = READING_TEXT.indexOf(PASSAGE);
  const start = [...READING_TEXT.slice(0, index)].length;
  const target = { exact: PASSAGE, start, end: start + [...PASSAGE].length };
  const rooms: WriteTarget[] = [];
  for (let i = 0; i < readings; i++) {
    const reading = await must<{ id: string }>(
      gql(
        url,
        `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
        { input: { seminarId: seminar.id, title: `Soak ${i + 1}`, text: READING_TEXT } },
        ownerToken,
      ),
      'addReading',
    );
    rooms.push({ room: `reading:${reading.id}`, readingId: reading.id, target });
  }
  return { memberTokens, rooms };
}
