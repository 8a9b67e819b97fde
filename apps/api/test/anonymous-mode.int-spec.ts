import { debateRoom, readingRoom, seminarRoom, userRoom } from '@glossa/contracts';
import { annotated } from './annotation-factories';
import { REVEAL_PSEUDONYM, SET_DEBATE_ANONYMITY, SET_SEMINAR_ANONYMITY } from './anonymity-matrix-operations';
import { addClaim, createDebate } from './debate-factories';
import { anonymityHarness } from './anonymity-harness';
import { addReading, createSeminar, joinAs, TestUser } from './factories';
import { sleep } from './realtime-sockets';
import type { TestApp } from './test-app';

const TEXT = 'Human security puts people first. Sovereignty is a responsibility to protect.';

const READING_VIEW = `query($id: ID!) { reading(id: $id) { annotations { edges { node { id body bodyHtml author { id displayName pseudonym }
  reactions { kind count } replies { edges { node { id body bodyHtml author { id displayName pseudonym } } } } } } } } }`;
const MEMBERS = `query($id: ID!) { seminar(id: $id) { anonymous members(first: 100) { edges { node { role user { id displayName pseudonym } } } }
  recentActivity { summary } } }`;
const SEARCH = `query($input: SearchInput!) { search(input: $input) { edges { node { id snippet { text } author { id displayName } } } } }`;
const EXPORT = `query($input: ExportAnnotationsInput!) { exportAnnotations(input: $input) { content } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { edges { node { kind excerpt subjectType subjectId } } } }`;
const DEBATE_VIEW = `query($id: ID!) { debate(id: $id) { anonymous claims { id body author { id displayName pseudonym }
  replies { edges { node { id body author { id displayName pseudonym } } } } } } }`;
const REPLY = `mutation($input: ReplyInput!) { reply(input: $input) { id author { id displayName } } }`;
const AUDIT = `query($id: ID!) { moderationLog(seminarId: $id) { edges { node { action subjectId reason } } } }`;

/**
 * Anonymous mode (docs/anonymous-mode.md), looked for everywhere: a peer must not find the author's
 * real name or user id in any query, search, export, notification, mention picker, live event or
 * replay, while a moderator sees the name.
 */
describe('anonymous mode', () => {
  const h = anonymityHarness();
  const { listen, leaks } = h;
  let api: TestApp;
  let owner: TestUser;
  let moderator: TestUser;
  let author: TestUser;
  let peer: TestUser;
  beforeAll(() => ({ api, owner, moderator, author, peer } = h));

  async function ok<T>(result: Promise<{ data?: T | null; errors?: unknown }>): Promise<T> {
    const answer = await result;
    if (!answer.data) throw new Error(JSON.stringify(answer.errors));
    return answer.data;
  }

  it('shows a peer of an anonymous seminar only pseudonyms, everywhere, while moderators see names', async () => {
    const seminar = await createSeminar(api, owner, 'Anonymous seminar');
    await joinAs(api, seminar, owner, moderator, 'MODERATOR');
    // The author joins while names are still shown: that event is in the seminar's room already.
    await joinAs(api, seminar, owner, author, 'MEMBER');
    await joinAs(api, seminar, owner, peer, 'MEMBER');
    const reading = { ...(await addReading(api, seminar.id, owner, TEXT)), text: TEXT };
    const peersOwn = await annotated(api, peer, reading, 'Sovereignty is a responsibility', { body: 'My reading of sovereignty.' });

    const on = await ok(api.gql<{ setSeminarAnonymity: { anonymous: boolean } }>(SET_SEMINAR_ANONYMITY, { input: { seminarId: seminar.id, anonymous: true } }, owner.token));
    expect(on.setSeminarAnonymity.anonymous).toBe(true);
    const live = await listen(peer, [readingRoom(reading.id), seminarRoom(seminar.id), userRoom(peer.id)]);

    // The author mentions the peer through the mention picker, which offers the peer's pseudonym.
    const picker = await ok(
      api.gql<{ seminar: { members: { edges: Array<{ node: { role: string; user: { id: string; displayName: string } } }> } } }>(MEMBERS, { id: seminar.id }, author.token),
    );
    const peerAsSeen = picker.seminar.members.edges.find((e) => e.node.role === 'MEMBER' && e.node.user.id !== author.id)?.node.user;
    expect(peerAsSeen?.id).not.toBe(peer.id);
    const mine = await annotated(api, author, reading, 'Human security puts people first', {
      body: `Searchable zebra remark for @[${peerAsSeen?.displayName}](user:${peerAsSeen?.id})`,
    });
    await ok(api.gql(REPLY, { input: { threadId: mine.threadId, body: 'Zebra reply under my own note.' } }, author.token));
    await ok(api.gql(REPLY, { input: { threadId: peersOwn.threadId, body: 'Zebra answer to the peer.' } }, author.token));
    await ok(api.gql(`mutation($input: ReactInput!) { reactToAnnotation(input: $input) { kind } }`, { input: { subjectId: peersOwn.id, kind: 'AGREE', active: true } }, author.token));
    await sleep(500);

    const asPeer = {
      reading: await ok(api.gql(READING_VIEW, { id: reading.id }, peer.token)),
      members: await ok(api.gql(MEMBERS, { id: seminar.id }, peer.token)),
      search: await ok(api.gql(SEARCH, { input: { seminarId: seminar.id, query: 'zebra' } }, peer.token)),
      searchByRealId: await ok(api.gql(SEARCH, { input: { seminarId: seminar.id, query: 'zebra', authorIds: [author.id] } }, peer.token)),
      w3c: await ok(api.gql(EXPORT, { input: { seminarId: seminar.id, format: 'WEB_ANNOTATION' } }, peer.token)),
      hypothesis: await ok(api.gql(EXPORT, { input: { seminarId: seminar.id, format: 'HYPOTHESIS' } }, peer.token)),
      markdown: await ok(api.gql(EXPORT, { input: { readingId: reading.id, format: 'MARKDOWN' } }, peer.token)),
      notifications: await ok(api.gql(NOTIFICATIONS, {}, peer.token)),
      live: live.received,
      replay: (await listen(peer, [readingRoom(reading.id), seminarRoom(seminar.id), userRoom(peer.id)], 0)).received,
    };
    expect(JSON.stringify(asPeer.search)).toContain('zebra');
    expect((asPeer.searchByRealId as unknown as { search: { edges: unknown[] } }).search.edges).toEqual([]);
    expect(JSON.stringify(asPeer.live)).toContain('annotation.created');
    expect(JSON.stringify(asPeer.replay)).toContain('member.joined');
    expect(JSON.stringify(asPeer.notifications)).toContain('MENTION');
    expect(JSON.stringify(asPeer.notifications)).toContain('REPLY');
    for (const [where, answer] of Object.entries(asPeer)) expect({ where, leaks: leaks(answer) }).toEqual({ where, leaks: [] });

    // The pseudonym is stable: the same in the reading view, the members list and the live event.
    const shown = JSON.stringify(asPeer.reading).match(/"author":\{"id":"([0-9a-f-]+)","displayName":"([^"]+)"/);
    const [, opaqueId, pseudonym] = shown ?? [];
    expect(pseudonym).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+/);
    expect(JSON.stringify(asPeer.members)).toContain(opaqueId);
    expect(JSON.stringify(asPeer.live)).toContain(pseudonym);

    // Moderators see the name, with the pseudonym beside it.
    const asModerator = JSON.stringify(await ok(api.gql(READING_VIEW, { id: reading.id }, moderator.token)));
    expect(asModerator).toContain(author.displayName);
    expect(asModerator).toContain(author.id);
    expect(asModerator).toContain(pseudonym);

    // A reveal names the person and is recorded with its reason; switching off is refused now.
    const revealed = await ok(api.gql<{ revealPseudonym: { user: { id: string } } }>(REVEAL_PSEUDONYM, { input: { seminarId: seminar.id, pseudonymId: opaqueId, reason: 'Reported for a personal attack' } }, moderator.token));
    expect(revealed.revealPseudonym.user.id).toBe(author.id);
    const audit = await ok(api.gql<{ moderationLog: { edges: Array<{ node: { action: string; reason: string } }> } }>(AUDIT, { id: seminar.id }, owner.token));
    expect(audit.moderationLog.edges.map((e) => e.node)).toContainEqual(expect.objectContaining({ action: 'REVEAL_PSEUDONYM', reason: 'Reported for a personal attack' }));
    const off = await api.gql(SET_SEMINAR_ANONYMITY, { input: { seminarId: seminar.id, anonymous: false } }, owner.token);
    expect(off.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('shows a peer of an anonymous debate only the debate’s pseudonyms, while moderators see names', async () => {
    const seminar = await createSeminar(api, owner, 'Named seminar');
    await joinAs(api, seminar, owner, moderator, 'MODERATOR');
    await joinAs(api, seminar, owner, author, 'MEMBER');
    await joinAs(api, seminar, owner, peer, 'MEMBER');
    const debate = await createDebate(api, owner, seminar.id);
    const on = await ok(api.gql<{ setDebateAnonymity: { anonymous: boolean } }>(SET_DEBATE_ANONYMITY, { input: { debateId: debate.id, anonymous: true } }, moderator.token));
    expect(on.setDebateAnonymity.anonymous).toBe(true);
    const peersClaim = await addClaim(api, peer, debate.id, { body: 'The peer’s claim.' });
    const live = await listen(peer, [debateRoom(debate.id), userRoom(peer.id)]);

    const claim = await addClaim(api, author, debate.id, { stance: 'CON', body: 'Sovereignty still matters.' });
    await ok(api.gql(REPLY, { input: { threadId: claim.threadId, body: 'A reply to my own claim.' } }, author.token));
    await ok(api.gql(REPLY, { input: { threadId: peersClaim.threadId, body: 'An answer to the peer’s claim.' } }, author.token));
    await ok(api.gql(`mutation($input: VoteInput!) { voteOnClaim(input: $input) { id } }`, { input: { claimId: peersClaim.id, impact: 3 } }, author.token));
    await sleep(500);

    const asPeer = {
      debate: await ok(api.gql(DEBATE_VIEW, { id: debate.id }, peer.token)),
      markdown: await ok(api.gql(`query($id: ID!) { exportDebate(id: $id) { content } }`, { id: debate.id }, peer.token)),
      notifications: await ok(api.gql(NOTIFICATIONS, {}, peer.token)),
      live: live.received,
      replay: (await listen(peer, [debateRoom(debate.id), userRoom(peer.id)], 0)).received,
    };
    expect(JSON.stringify(asPeer.live)).toContain('claim.created');
    expect(JSON.stringify(asPeer.notifications)).toContain('REPLY');
    for (const [where, answer] of Object.entries(asPeer)) expect({ where, leaks: leaks(answer) }).toEqual({ where, leaks: [] });

    const view = asPeer.debate as unknown as { debate: { anonymous: boolean; claims: Array<{ id: string; author: { id: string; displayName: string } }> } };
    expect(view.debate.anonymous).toBe(true);
    const shownAuthor = view.debate.claims.find((c) => c.id === claim.id)?.author;
    expect(shownAuthor?.displayName).toMatch(/^[A-Z][a-z]+ [A-Z][a-z]+/);
    // The peer's own claim keeps their own name and id for them.
    expect(view.debate.claims.find((c) => c.id === peersClaim.id)?.author.id).toBe(peer.id);

    const asModerator = JSON.stringify(await ok(api.gql(DEBATE_VIEW, { id: debate.id }, moderator.token)));
    expect(asModerator).toContain(author.displayName);
    expect(asModerator).toContain(author.id);
    const off = await api.gql(SET_DEBATE_ANONYMITY, { input: { debateId: debate.id, anonymous: false } }, moderator.token);
    expect(off.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('lets a debate without claims be switched back to named', async () => {
    const seminar = await createSeminar(api, owner, 'Undecided seminar');
    const debate = await createDebate(api, owner, seminar.id);
    await ok(api.gql(SET_DEBATE_ANONYMITY, { input: { debateId: debate.id, anonymous: true } }, owner.token));
    const off = await ok(api.gql<{ setDebateAnonymity: { anonymous: boolean } }>(SET_DEBATE_ANONYMITY, { input: { debateId: debate.id, anonymous: false } }, owner.token));
    expect(off.setDebateAnonymity.anonymous).toBe(false);
  });
});
