import { DataSource } from 'typeorm';
import { createSeminar, joinAs, registerUser, TestUser } from './factories';
import { outcome, startTestApp, TestApp } from './test-app';

const MEMBERS = `query($id: ID!, $after: String) { seminar(id: $id) { memberCount members(first: 2, after: $after) { edges { node { role user { id displayName } } } pageInfo { hasNextPage endCursor } } } }`;

describe('seminars', () => {
  let api: TestApp;
  let owner: TestUser;
  beforeAll(async () => {
    api = await startTestApp();
    owner = await registerUser(api, 'Owner');
  });
  afterAll(() => api.close());

  it('makes the creator the OWNER of a new seminar', async () => {
    const seminar = await createSeminar(api, owner, 'Sovereignty and its limits');
    const result = await api.gql<{ seminar: { name: string; myRole: string; memberCount: number } }>(
      `query($id: ID!) { seminar(id: $id) { name myRole memberCount } }`,
      { id: seminar.id },
      owner.token,
    );
    expect(result.data?.seminar).toEqual({ name: 'Sovereignty and its limits', myRole: 'OWNER', memberCount: 1 });
  });

  it('returns the first seminar when a create is retried with the same clientId, even concurrently', async () => {
    const create = () =>
      api.gql<{ createSeminar: { id: string } }>(
        `mutation($input: CreateSeminarInput!) { createSeminar(input: $input) { id } }`,
        { input: { name: 'Retried', clientId: 'retry-create-001' } },
        owner.token,
      );
    const results = await Promise.all([create(), create(), create()]);
    const ids = new Set(results.map((r) => r.data?.createSeminar.id));
    expect(ids.size).toBe(1);
    const rows = await api.app
      .get(DataSource)
      .query(`SELECT count(*)::int AS n FROM seminars WHERE client_id = 'retry-create-001'`);
    expect(rows[0].n).toBe(1);
  });

  it('lets a person join with the invite code as a MEMBER, and joining twice changes nothing', async () => {
    const seminar = await createSeminar(api, owner);
    const reader = await registerUser(api, 'Reader');
    for (let i = 0; i < 2; i++) {
      const joined = await api.gql(
        `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id myRole } }`,
        { code: seminar.inviteCode.toLowerCase() },
        reader.token,
      );
      expect(joined.data).toEqual({ joinSeminar: { id: seminar.id, myRole: 'MEMBER' } });
    }
    const members = await api.gql<{ seminar: { memberCount: number } }>(MEMBERS, { id: seminar.id }, owner.token);
    expect(members.data?.seminar.memberCount).toBe(2);
  });

  it('answers an unknown invite code with NOT_FOUND', async () => {
    const reader = await registerUser(api);
    const result = await api.gql(
      `mutation { joinSeminar(input: { inviteCode: "NOPE2345XY" }) { id } }`,
      {},
      reader.token,
    );
    expect(outcome(result)).toBe('NOT_FOUND');
  });

  it('stops accepting the old invite code after the owner rotates it', async () => {
    const seminar = await createSeminar(api, owner);
    const rotated = await api.gql<{ rotateInviteCode: { inviteCode: string } }>(
      `mutation($id: ID!) { rotateInviteCode(input: { seminarId: $id }) { inviteCode } }`,
      { id: seminar.id },
      owner.token,
    );
    const fresh = rotated.data!.rotateInviteCode.inviteCode;
    expect(fresh).not.toBe(seminar.inviteCode);
    const reader = await registerUser(api);
    expect(
      outcome(
        await api.gql(
          `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
          { code: seminar.inviteCode },
          reader.token,
        ),
      ),
    ).toBe('NOT_FOUND');
    expect(
      outcome(
        await api.gql(
          `mutation($code: String!) { joinSeminar(input: { inviteCode: $code }) { id } }`,
          { code: fresh },
          reader.token,
        ),
      ),
    ).toBe('OK');
  });

  it('pages through members with cursors, in the order they joined', async () => {
    const seminar = await createSeminar(api, owner);
    const readers = [
      await registerUser(api, 'First'),
      await registerUser(api, 'Second'),
      await registerUser(api, 'Third'),
    ];
    for (const reader of readers) await joinAs(api, seminar, owner, reader, 'MEMBER');
    type Page = {
      seminar: {
        members: {
          edges: Array<{ node: { user: { displayName: string } } }>;
          pageInfo: { hasNextPage: boolean; endCursor: string };
        };
      };
    };
    const first = await api.gql<Page>(MEMBERS, { id: seminar.id }, owner.token);
    const second = await api.gql<Page>(
      MEMBERS,
      { id: seminar.id, after: first.data!.seminar.members.pageInfo.endCursor },
      owner.token,
    );
    const names = [...first.data!.seminar.members.edges, ...second.data!.seminar.members.edges].map(
      (e) => e.node.user.displayName,
    );
    expect(names).toEqual(['Owner', 'First', 'Second', 'Third']);
    expect(first.data!.seminar.members.pageInfo.hasNextPage).toBe(true);
    expect(second.data!.seminar.members.pageInfo.hasNextPage).toBe(false);
  });

  it('refuses a cursor it did not issue with BAD_USER_INPUT', async () => {
    const seminar = await createSeminar(api, owner);
    expect(outcome(await api.gql(MEMBERS, { id: seminar.id, after: 'bogus' }, owner.token))).toBe('BAD_USER_INPUT');
  });

  it('lets the owner change roles, and keeps the last owner from demoting themself (CONFLICT)', async () => {
    const seminar = await createSeminar(api, owner);
    const reader = await registerUser(api);
    await joinAs(api, seminar, owner, reader, 'MODERATOR');
    const role = await api.gql<{ seminar: { myRole: string } }>(
      `query($id: ID!) { seminar(id: $id) { myRole } }`,
      { id: seminar.id },
      reader.token,
    );
    expect(role.data?.seminar.myRole).toBe('MODERATOR');
    const demote = await api.gql(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
      { input: { seminarId: seminar.id, userId: owner.id, role: 'MEMBER' } },
      owner.token,
    );
    expect(outcome(demote)).toBe('CONFLICT');
  });

  it('lets an owner leave once another owner exists, and not before', async () => {
    const seminar = await createSeminar(api, owner);
    const heir = await registerUser(api, 'Heir');
    await joinAs(api, seminar, owner, heir, 'MEMBER');
    const leave = () =>
      api.gql(`mutation($id: ID!) { leaveSeminar(input: { seminarId: $id }) }`, { id: seminar.id }, owner.token);
    expect(outcome(await leave())).toBe('CONFLICT');
    await api.gql(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
      { input: { seminarId: seminar.id, userId: heir.id, role: 'OWNER' } },
      owner.token,
    );
    expect((await leave()).data).toEqual({ leaveSeminar: seminar.id });
    expect(outcome(await api.gql(`query($id: ID!) { seminar(id: $id) { id } }`, { id: seminar.id }, owner.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('removes a member, who then no longer sees the seminar', async () => {
    const seminar = await createSeminar(api, owner);
    const reader = await registerUser(api);
    await joinAs(api, seminar, owner, reader, 'MEMBER');
    const removed = await api.gql(
      `mutation($input: RemoveMemberInput!) { removeMember(input: $input) { memberCount } }`,
      { input: { seminarId: seminar.id, userId: reader.id } },
      owner.token,
    );
    expect(removed.data).toEqual({ removeMember: { memberCount: 1 } });
    expect(
      outcome(await api.gql(`query($id: ID!) { seminar(id: $id) { id } }`, { id: seminar.id }, reader.token)),
    ).toBe('NOT_FOUND');
  });

  it('lists only my own seminars', async () => {
    const mine = await createSeminar(api, owner, 'Mine');
    const stranger = await registerUser(api);
    const theirs = await createSeminar(api, stranger, 'Theirs');
    const list = await api.gql<{ seminars: { edges: Array<{ node: { id: string } }> } }>(
      `{ seminars(first: 100) { edges { node { id } } } }`,
      {},
      owner.token,
    );
    const ids = list.data!.seminars.edges.map((e) => e.node.id);
    expect(ids).toContain(mine.id);
    expect(ids).not.toContain(theirs.id);
  });

  it('refuses a malformed id and an unknown role with BAD_USER_INPUT', async () => {
    expect(outcome(await api.gql(`{ seminar(id: "42") { id } }`, {}, owner.token))).toBe('BAD_USER_INPUT');
    const badRole = await api.gql(
      `mutation { changeMemberRole(input: { seminarId: "00000000-0000-0000-0000-000000000000", userId: "00000000-0000-0000-0000-000000000000", role: KING }) { role } }`,
      {},
      owner.token,
    );
    expect(outcome(badRole)).toBe('BAD_USER_INPUT');
    const badRoleVariable = await api.gql(
      `mutation($input: ChangeMemberRoleInput!) { changeMemberRole(input: $input) { role } }`,
      {
        input: {
          seminarId: '00000000-0000-0000-0000-000000000000',
          userId: '00000000-0000-0000-0000-000000000000',
          role: 'KING',
        },
      },
      owner.token,
    );
    expect(outcome(badRoleVariable)).toBe('BAD_USER_INPUT');
  });
});
