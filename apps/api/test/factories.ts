import { randomUUID } from 'node:crypto';
import { TestApp } from './test-app';

export interface TestUser {
  id: string;
  email: string;
  displayName: string;
  token: string;
}

export const TEST_PASSWORD = 'correct horse battery';

let counter = 0;

export function uniqueEmail(prefix = 'reader'): string {
  counter += 1;
  return `${prefix}.${counter}.${randomUUID().slice(0, 8)}@test.glossa`;
}

export async function registerUser(api: TestApp, displayName = 'Test Reader'): Promise<TestUser> {
  const email = uniqueEmail(displayName.toLowerCase().replace(/\W+/g, '-'));
  const result = await api.gql<{ register: { token: string; viewer: { id: string } } }>(
    `mutation($input: RegisterInput!) { register(input: $input) { token viewer { id } } }`,
    { input: { email, displayName, password: TEST_PASSWORD } },
  );
  if (!result.data) throw new Error(`register failed: ${JSON.stringify(result.errors)}`);
  return { id: result.data.register.viewer.id, email, displayName, token: result.data.register.token };
}

export async function createSeminar(
  api: TestApp,
  owner: TestUser,
  name = 'Human Security Seminar',
): Promise<{ id: string; inviteCode: string }> {
  const result = await api.gql<{ createSeminar: { id: string; inviteCode: string } }>(
    `mutation($input: CreateSeminarInput!) { createSeminar(input: $input) { id inviteCode } }`,
    { input: { name } },
    owner.token,
  );
  if (!result.data) throw new Error(`createSeminar failed: ${JSON.stringify(result.errors)}`);
  return result.data.createSeminar;
}

export async function joinAs(
  api: TestApp,
  seminar: { id: string; inviteCode: string },
  owner: TestUser,
  user: TestUser,
  role: string,
): Promise<void> {
  const joined = await api.gql(
    `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
    { code: seminar.inviteCode },
    user.token,
  );
  if (joined.errors) throw new Error(`joinSeminar failed: ${JSON.stringify(joined.errors)}`);
  if (role === 'MEMBER') return;
  const changed = await api.gql(
    `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { id } }`,
    { input: { seminarId: seminar.id, userId: user.id, role } },
    owner.token,
  );
  if (changed.errors) throw new Error(`changeMemberRole failed: ${JSON.stringify(changed.errors)}`);
}

export async function addReading(
  api: TestApp,
  seminarId: string,
  author: TestUser,
  text = 'Human security puts people first.',
): Promise<{ id: string }> {
  const result = await api.gql<{ addReading: { id: string } }>(
    `mutation($input: AddReadingInput!) { addReading(input: $input) { id } }`,
    { input: { seminarId, title: 'A reading', text } },
    author.token,
  );
  if (!result.data) throw new Error(`addReading failed: ${JSON.stringify(result.errors)}`);
  return result.data.addReading;
}

/** The people of one seminar, one per role, plus an outsider who belongs to none. */
export interface Cast {
  OWNER: TestUser;
  MODERATOR: TestUser;
  MEMBER: TestUser;
  OBSERVER: TestUser;
  NON_MEMBER: TestUser;
}

export async function registerCast(api: TestApp): Promise<Cast> {
  const [OWNER, MODERATOR, MEMBER, OBSERVER, NON_MEMBER] = await Promise.all(
    ['Owner', 'Moderator', 'Member', 'Observer', 'Outsider'].map((name) => registerUser(api, name)),
  );
  return { OWNER, MODERATOR, MEMBER, OBSERVER, NON_MEMBER };
}

/** A fresh seminar in which each person of the cast has their role. */
export async function seminarFor(api: TestApp, cast: Cast): Promise<{ id: string; inviteCode: string }> {
  const seminar = await createSeminar(api, cast.OWNER);
  for (const role of ['MODERATOR', 'MEMBER', 'OBSERVER'] as const)
    await joinAs(api, seminar, cast.OWNER, cast[role], role);
  return seminar;
}
