import type { Cast } from './factories';
import { F, memberRow, Row } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the anonymous-mode cells of the permission matrix need of their scene. */
export interface AnonymityMatrixScene {
  api: TestApp;
  seminar: { id: string };
  debate: { id: string };
  claim: { id: string };
  cast: Cast;
  token: string | null;
}

export const SET_SEMINAR_ANONYMITY = `mutation($input: SetSeminarAnonymityInput!) { setSeminarAnonymity(input: $input) { id anonymous } }`;
export const SET_DEBATE_ANONYMITY = `mutation($input: SetDebateAnonymityInput!) { setDebateAnonymity(input: $input) { id anonymous } }`;
export const REVEAL_PSEUDONYM = `mutation($input: RevealPseudonymInput!) { revealPseudonym(input: $input) { pseudonym user { id displayName } } }`;
const CLAIM_AUTHOR = `query($id: ID!) { debate(id: $id) { claims { id author { id displayName } } } }`;

export const anonymityOperations: Record<string, (s: AnonymityMatrixScene) => Promise<string>> = {
  'make the seminar anonymous': async (s) =>
    outcome(await s.api.gql(SET_SEMINAR_ANONYMITY, { input: { seminarId: s.seminar.id, anonymous: true } }, s.token)),
  'make a debate anonymous': async (s) =>
    outcome(await s.api.gql(SET_DEBATE_ANONYMITY, { input: { debateId: s.debate.id, anonymous: true } }, s.token)),
  'reveal who is behind a pseudonym': async (s) => {
    const on = await s.api.gql(SET_DEBATE_ANONYMITY, { input: { debateId: s.debate.id, anonymous: true } }, s.cast.OWNER.token);
    if (on.errors) throw new Error(JSON.stringify(on.errors));
    // The pseudonym's opaque id as a peer (the observer) sees it on the member's claim.
    const seen = await s.api.gql<{ debate: { claims: Array<{ author: { id: string } }> } }>(CLAIM_AUTHOR, { id: s.debate.id }, s.cast.OBSERVER.token);
    const pseudonymId = seen.data?.debate.claims[0].author.id;
    return outcome(
      await s.api.gql(
        REVEAL_PSEUDONYM,
        { input: { seminarId: s.seminar.id, debateId: s.debate.id, pseudonymId, reason: 'A member reported this pseudonym' } },
        s.token,
      ),
    );
  },
};

/** Owners switch a seminar; owners and moderators a debate, and may reveal (docs/anonymous-mode.md). */
export const anonymityExpected: Record<keyof typeof anonymityOperations, Row> = {
  'make the seminar anonymous': memberRow('OK', F, F, F),
  'make a debate anonymous': memberRow('OK', 'OK', F, F),
  'reveal who is behind a pseudonym': memberRow('OK', 'OK', F, F),
};
