import { EventEnvelope, readingRoom, userRoom } from '@glossa/contracts';
import { randomUUID } from 'node:crypto';
import { annotated } from './annotation-factories';
import { assigned, ASSIGNMENTS, UPDATE_ASSIGNMENT } from './assignment-factories';
import { addReading, Cast, joinAs, registerCast, registerUser, seminarFor, TestUser } from './factories';
import {
  CREATE_GROUP,
  DELETE_GROUP,
  groupWith,
  MOVE_MEMBER,
  MY_GROUP,
  RENAME_GROUP,
  SEMINAR_GROUPS,
  SPLIT_GROUPS,
  TestGroup,
} from './group-factories';
import { PostProbes, READING_VIEW } from './post-probes';
import { sleep } from './realtime-sockets';
import { AuthService } from '../src/auth/auth.service';
import { StatementCounter } from '../src/database/statement-counter';
import { outcome, sessionIdOf, startTestApp, TestApp } from './test-app';

const TEXT = 'Sovereignty as responsibility asks states to protect their people before anyone else does.';
const REPLY = `mutation($i: ReplyInput!) { reply(input: $i) { id } }`;
const THREAD = `query($id: ID!) { annotation(id: $id) { id replies { edges { node { body } } } } }`;

interface Groups {
  groups: TestGroup[];
  ungrouped: Array<{ userId: string }>;
}

/**
 * Small groups (docs/small-groups.md): leaders make, rename, delete and fill groups, or split the
 * seminar at random; under an assignment in groups, a post of another group is looked for in every
 * read path and found in none, while a member of its group and a moderator find it.
 */
describe('small groups', () => {
  let api: TestApp;
  let cast: Cast;
  let mate: TestUser;
  let rival: TestUser;
  let seminar: { id: string; inviteCode: string };
  const probes = new PostProbes(
    () => api,
    () => seminar.id,
  );

  beforeAll(async () => {
    api = await startTestApp();
    cast = await registerCast(api);
    [mate, rival] = [await registerUser(api, 'Mate'), await registerUser(api, 'Rival')];
    seminar = await seminarFor(api, cast);
    for (const person of [mate, rival]) await joinAs(api, seminar, cast.OWNER, person, 'MEMBER');
  });
  afterAll(async () => {
    probes.close();
    await api.close();
  });

  const code = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => outcome(result as never);

  it('lets leaders create, rename, fill and delete groups, and a retried create does not duplicate', async () => {
    const clientId = `grp-${randomUUID()}`;
    const input = { seminarId: seminar.id, name: '  Readers  ', clientId };
    const first = await api.gql<{ createSeminarGroup: TestGroup }>(CREATE_GROUP, { input }, cast.MODERATOR.token);
    const again = await api.gql<{ createSeminarGroup: TestGroup }>(CREATE_GROUP, { input }, cast.MODERATOR.token);
    expect(first.data?.createSeminarGroup.name).toBe('Readers');
    expect(again.data?.createSeminarGroup.id).toBe(first.data?.createSeminarGroup.id);
    const groupId = first.data!.createSeminarGroup.id;

    const moved = await api.gql<{ moveGroupMember: Groups }>(
      MOVE_MEMBER,
      { input: { seminarId: seminar.id, userId: cast.MEMBER.id, groupId } },
      cast.OWNER.token,
    );
    expect(moved.data?.moveGroupMember.groups.filter((g) => g.id === groupId)[0].members).toEqual([
      { userId: cast.MEMBER.id, displayName: 'Member', role: 'MEMBER' },
    ]);
    const renamed = await api.gql<{ renameSeminarGroup: TestGroup }>(
      RENAME_GROUP,
      { input: { groupId, name: 'Close readers' } },
      cast.OWNER.token,
    );
    expect(renamed.data?.renameSeminarGroup).toMatchObject({ name: 'Close readers', memberCount: 1 });
    const mine = await api.gql<{ myGroup: TestGroup | null }>(MY_GROUP, { seminarId: seminar.id }, cast.MEMBER.token);
    // Members see their group's name and size, never its members' names (docs/small-groups.md).
    expect(mine.data?.myGroup).toMatchObject({ id: groupId, name: 'Close readers', memberCount: 1, members: [] });

    const deleted = await api.gql<{ deleteSeminarGroup: Groups }>(
      DELETE_GROUP,
      { input: { groupId } },
      cast.OWNER.token,
    );
    expect(deleted.data?.deleteSeminarGroup.groups.map((g) => g.id)).not.toContain(groupId);
    expect(deleted.data?.deleteSeminarGroup.ungrouped.map((m) => m.userId)).toContain(cast.MEMBER.id);
    const none = await api.gql<{ myGroup: TestGroup | null }>(MY_GROUP, { seminarId: seminar.id }, cast.MEMBER.token);
    expect(none.data?.myGroup).toBeNull();
  });

  it('splits the members at random into balanced groups, each member placed once, replacing the groups', async () => {
    const crowd = await createCrowdSeminar(5);
    await groupWith(api, crowd.owner, crowd.seminar.id, 'Old group', [crowd.members[0]]);
    const split = await api.gql<{ splitIntoGroups: Groups }>(
      SPLIT_GROUPS,
      { input: { seminarId: crowd.seminar.id, size: 2 } },
      crowd.owner.token,
    );
    const { groups, ungrouped } = split.data!.splitIntoGroups;
    expect(groups.map((g) => g.name)).toEqual(['Group 1', 'Group 2', 'Group 3']);
    expect(groups.map((g) => g.memberCount).sort()).toEqual([1, 2, 2]);
    const placed = groups.flatMap((g) => g.members.map((m) => m.userId)).sort();
    expect(placed).toEqual(crowd.members.map((m) => m.id).sort());
    expect(ungrouped).toEqual([]);
    const listed = await api.gql<{ seminarGroups: Groups }>(
      SEMINAR_GROUPS,
      { seminarId: crowd.seminar.id },
      crowd.owner.token,
    );
    expect(listed.data?.seminarGroups.groups.map((g) => g.name)).not.toContain('Old group');
  });

  it('refuses bad input with stable codes and leader operations to members', async () => {
    const group = await groupWith(api, cast.OWNER, seminar.id, 'Typed errors');
    const move = (userId: string, groupId: string | null = group.id) =>
      api.gql(MOVE_MEMBER, { input: { seminarId: seminar.id, userId, groupId } }, cast.OWNER.token);
    expect(code(await move(randomUUID()))).toBe('NOT_FOUND');
    expect(code(await move(cast.NON_MEMBER.id))).toBe('BAD_USER_INPUT');
    expect(code(await move(cast.MODERATOR.id))).toBe('BAD_USER_INPUT');
    expect(code(await move(cast.MEMBER.id, randomUUID()))).toBe('NOT_FOUND');
    const blank = await api.gql(CREATE_GROUP, { input: { seminarId: seminar.id, name: '   ' } }, cast.OWNER.token);
    expect(code(blank)).toBe('BAD_USER_INPUT');
    const zero = await api.gql(SPLIT_GROUPS, { input: { seminarId: seminar.id, size: 0 } }, cast.OWNER.token);
    expect(code(zero)).toBe('BAD_USER_INPUT');

    for (const user of [cast.MEMBER, cast.OBSERVER]) {
      expect(code(await api.gql(SEMINAR_GROUPS, { seminarId: seminar.id }, user.token))).toBe('FORBIDDEN');
      expect(code(await api.gql(CREATE_GROUP, { input: { seminarId: seminar.id, name: 'Mine' } }, user.token))).toBe(
        'FORBIDDEN',
      );
      expect(code(await api.gql(RENAME_GROUP, { input: { groupId: group.id, name: 'Mine' } }, user.token))).toBe(
        'FORBIDDEN',
      );
      expect(code(await api.gql(SPLIT_GROUPS, { input: { seminarId: seminar.id, size: 2 } }, user.token))).toBe(
        'FORBIDDEN',
      );
    }
    expect(code(await api.gql(SEMINAR_GROUPS, { seminarId: seminar.id }, cast.NON_MEMBER.token))).toBe('NOT_FOUND');
    expect(code(await api.gql(DELETE_GROUP, { input: { groupId: group.id } }, cast.NON_MEMBER.token))).toBe(
      'NOT_FOUND',
    );
  });

  it('hides another group’s posts everywhere on a reading in groups, while its group and the moderators find them', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    await groupWith(api, cast.OWNER, seminar.id, 'One', [cast.MEMBER, mate]);
    await groupWith(api, cast.OWNER, seminar.id, 'Two', [rival]);
    // Already in the reading's room when the leader sets the assignment: put out of it at once.
    const early = await probes.subscribe(cast.MEMBER, readingRoom(reading.id));
    expect(early.refusal).toBeNull();
    const watching = await probes.subscribe(cast.MODERATOR, readingRoom(reading.id));
    const own = await probes.subscribe(cast.MEMBER, userRoom(cast.MEMBER.id));
    const { id: assignmentId } = await assigned(api, cast.OWNER, seminar.id, reading.id, { inGroups: true });
    await expect(
      early.inbox.next('unsubscribed', (m: { room: string }) => m.room === readingRoom(reading.id)),
    ).resolves.toMatchObject({ reason: 'ACCESS_REVOKED' });

    const [theirs, theirReply, ours, leaders] = [probes.secret(), probes.secret(), probes.secret(), probes.secret()];
    const mention = `@[Member](user:${cast.MEMBER.id})`;
    const post = await annotated(api, rival, reading, 'responsibility', { body: `${theirs} for ${mention}` });
    const lead = await annotated(api, cast.OWNER, reading, 'protect their people', { body: leaders });
    // Another group's reply under a leader's annotation is hidden too, though the thread is not.
    expect(
      (await api.gql(REPLY, { i: { threadId: lead.threadId, body: `${theirReply} ${mention}` } }, rival.token)).errors,
    ).toBeUndefined();
    const mates = await annotated(api, mate, reading, 'states', { body: `${ours} for ${mention}` });
    await sleep(200);

    const member = await probes.everythingSeenBy(cast.MEMBER, reading, post, [theirs, theirReply, ours, leaders]);
    for (const word of [theirs, theirReply]) {
      expect(member.seen).not.toContain(word);
      expect(JSON.stringify(early.inbox.received)).not.toContain(word);
      expect(JSON.stringify(own.inbox.received)).not.toContain(word);
    }
    for (const word of [ours, leaders]) expect(member.seen).toContain(word);
    expect(member.replayRefused).toMatchObject({ code: 'FORBIDDEN' });
    const thread = await api.gql(THREAD, { id: lead.id }, cast.MEMBER.token);
    expect(JSON.stringify(thread)).toContain(lead.id);
    expect(JSON.stringify(thread)).not.toContain(theirReply);
    const answering = await api.gql(REPLY, { i: { threadId: post.threadId, body: 'me too' } }, cast.MEMBER.token);
    expect(code(answering)).toBe('NOT_FOUND');

    // Its own group finds it; a member in no group sees the leaders' posts and their own only.
    const rivals = await probes.everythingSeenBy(rival, reading, post, [theirs, theirReply]);
    for (const word of [theirs, theirReply]) expect(rivals.seen).toContain(word);
    expect(rivals.seen).not.toContain(ours);
    const observer = await probes.everythingSeenBy(cast.OBSERVER, reading, mates, [theirs, ours, leaders]);
    expect(observer.seen).toContain(leaders);
    for (const word of [theirs, ours]) expect(observer.seen).not.toContain(word);
    for (const leader of [cast.OWNER, cast.MODERATOR]) {
      const { seen, replayRefused } = await probes.everythingSeenBy(leader, reading, post, [theirs, theirReply, ours]);
      expect(replayRefused).toBeNull();
      for (const word of [theirs, theirReply, ours]) expect(seen).toContain(word);
    }
    const live = watching.inbox.all<EventEnvelope>('event').map((e) => JSON.stringify(e.payload));
    expect(live.join()).toContain(theirs);

    // Both rules apply together, and the assignment says it is in groups.
    const listed = await api.gql<{ assignments: Array<{ id: string; inGroups: boolean }> }>(
      ASSIGNMENTS.replace('hideUntilPosted', 'hideUntilPosted inGroups'),
      { seminarId: seminar.id, readingId: reading.id },
      cast.MEMBER.token,
    );
    expect(listed.data?.assignments.find((a) => a.id === assignmentId)?.inGroups).toBe(true);
  });

  it('shows everyone’s posts again once the assignment is no longer in groups', async () => {
    const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
    const { id } = await assigned(api, cast.OWNER, seminar.id, reading.id, { inGroups: true });
    const body = probes.secret();
    await annotated(api, rival, reading, 'responsibility', { body });
    expect(JSON.stringify(await api.gql(READING_VIEW, { id: reading.id }, cast.MEMBER.token))).not.toContain(body);
    const off = await api.gql(UPDATE_ASSIGNMENT, { input: { assignmentId: id, inGroups: false } }, cast.OWNER.token);
    expect(off.errors).toBeUndefined();
    expect(JSON.stringify(await api.gql(READING_VIEW, { id: reading.id }, cast.MEMBER.token))).toContain(body);
  });

  it('opens a reading in groups in as many SQL statements as one without', async () => {
    const statementsFor = async (inGroups: boolean) => {
      const reading = { ...(await addReading(api, seminar.id, cast.OWNER, TEXT)), text: TEXT };
      if (inGroups) await assigned(api, cast.OWNER, seminar.id, reading.id, { inGroups: true });
      // Posts the member sees either way, so the two answers are the same and only the rule differs.
      for (const author of [mate, cast.OWNER]) {
        const post = await annotated(api, author, reading, 'responsibility', { body: 'Counted' });
        await api.gql(REPLY, { i: { threadId: post.threadId, body: 'A reply' } }, author.token);
      }
      // The counter is the process's: a background job's poll may land inside one window, so each
      // case keeps the fewest of three openings.
      const counts: number[] = [];
      for (let i = 0; i < 3; i++) {
        // Forget the cached session, so every count includes its one look-up.
        api.app.get(AuthService).forgetSession(sessionIdOf(cast.MEMBER.token));
        const before = StatementCounter.total;
        const seen = await api.gql(READING_VIEW, { id: reading.id }, cast.MEMBER.token);
        expect(seen.errors).toBeUndefined();
        counts.push(StatementCounter.total - before);
      }
      return Math.min(...counts);
    };
    expect(await statementsFor(true)).toBe(await statementsFor(false));
  });

  /** A seminar of its own with `count` members, so a split sees exactly them. */
  async function createCrowdSeminar(count: number) {
    const crowdCast = await registerCast(api);
    const crowdSeminar = await seminarFor(api, crowdCast);
    const members = [crowdCast.MEMBER, crowdCast.OBSERVER];
    for (let i = members.length; i < count; i++) {
      const person = await registerUser(api, `Crowd ${i}`);
      await joinAs(api, crowdSeminar, crowdCast.OWNER, person, 'MEMBER');
      members.push(person);
    }
    return { owner: crowdCast.OWNER, seminar: crowdSeminar, members };
  }
});
