import { GraphQLResult, TestApp } from './test-app';
import type { TestUser } from './factories';

export const START_LIVE = `mutation($input: StartLiveSessionInput!) { startLiveSession(input: $input) { id facilitator { id } live } }`;
export const END_LIVE = `mutation($input: LiveSessionRefInput!) { endLiveSession(input: $input) { id live summaryMarkdown } }`;
export const HAND_OVER = `mutation($input: HandLiveFacilitatorInput!) { handLiveFacilitator(input: $input) { facilitator { id displayName } } }`;
export const SPOTLIGHT = `mutation($input: SpotlightInput!) { spotlight(input: $input) { id kind exact note start end claimId annotationId } }`;
export const MOVE = `mutation($input: MoveLivePositionInput!) { moveLivePosition(input: $input) { position { offset claimId } } }`;
export const OPEN_POLL = `mutation($input: OpenLivePollInput!) { openLivePoll(input: $input) { id kind question options open counts total } }`;
export const ANSWER_POLL = `mutation($input: AnswerLivePollInput!) { answerLivePoll(input: $input) { id counts total myAnswer } }`;
export const CLOSE_POLL = `mutation($input: LivePollRefInput!) { closeLivePoll(input: $input) { id open counts total } }`;
export const START_ROUND = `mutation($input: StartLiveRoundInput!) { startLiveRound(input: $input) { id open secondsLeft endsAt stance } }`;
export const CLOSE_ROUND = `mutation($input: LiveRoundRefInput!) { closeLiveRound(input: $input) { id open secondsLeft } }`;
export const RAISE_HAND = `mutation($input: LiveSessionRefInput!) { raiseHand(input: $input) { user { id } } }`;
export const LOWER_HAND = `mutation($input: LiveSessionRefInput!) { lowerHand(input: $input) { user { id } } }`;
export const CALL_ON = `mutation($input: CallOnHandInput!) { callOnHand(input: $input) { user { id } } }`;
export const LIVE_STATE = `query($id: ID!) { liveSession(id: $id) {
  id live eventSeq title facilitator { id displayName } position { offset claimId }
  spotlight { id exact note } spotlights { id }
  poll { id question options open counts total myAnswer voters { userId option } }
  round { id prompt open secondsLeft } hands { user { id displayName } } summaryMarkdown } }`;

export function must<T>(result: GraphQLResult<T>, what: string): T {
  if (!result.data) throw new Error(`${what} failed: ${JSON.stringify(result.errors)}`);
  return result.data;
}

export async function startLive(
  api: TestApp,
  user: TestUser,
  subject: { subjectType: 'READING' | 'DEBATE'; subjectId: string },
): Promise<{ id: string }> {
  return must(
    await api.gql<{ startLiveSession: { id: string } }>(START_LIVE, { input: subject }, user.token),
    'startLiveSession',
  ).startLiveSession;
}

export async function openPoll(
  api: TestApp,
  user: TestUser,
  sessionId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  return must(
    await api.gql<{ openLivePoll: { id: string } }>(
      OPEN_POLL,
      { input: { sessionId, question: 'Who should decide?', options: ['States', 'People', 'Both'], ...extra } },
      user.token,
    ),
    'openLivePoll',
  ).openLivePoll;
}
