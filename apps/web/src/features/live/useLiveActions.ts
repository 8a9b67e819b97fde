import { useMemo } from 'react';
import { useClient } from 'urql';
import type { OpenLivePollInput, SpotlightInput, StartLiveRoundInput } from '../../gql/graphql';
import { ActionResult, failedAction } from '../../graphql/action-result';
import { newClientId } from '../../graphql/client-id';
import {
  AnswerLivePollDocument,
  CallOnHandDocument,
  CloseLivePollDocument,
  EndLiveSessionDocument,
  HandLiveFacilitatorDocument,
  LowerHandDocument,
  MoveLivePositionDocument,
  OpenLivePollDocument,
  RaiseHandDocument,
  SpotlightDocument,
  StartLiveRoundDocument,
} from './live-documents';

export interface LiveActions {
  end: () => Promise<ActionResult>;
  spotlight: (input: Omit<SpotlightInput, 'sessionId' | 'clientId'>) => Promise<ActionResult>;
  move: (offset: number) => Promise<ActionResult>;
  openPoll: (input: Omit<OpenLivePollInput, 'sessionId' | 'clientId'>) => Promise<ActionResult>;
  answer: (pollId: string, option: number) => Promise<ActionResult>;
  closePoll: (pollId: string) => Promise<ActionResult>;
  startRound: (input: Omit<StartLiveRoundInput, 'sessionId' | 'clientId'>) => Promise<ActionResult>;
  raiseHand: () => Promise<ActionResult>;
  lowerHand: () => Promise<ActionResult>;
  callOn: (userId: string) => Promise<ActionResult>;
  handOver: (userId: string) => Promise<ActionResult>;
}

/** The session's mutations; what they change comes back to every screen as the session room's events. */
export function useLiveActions(sessionId: string): LiveActions {
  const client = useClient();
  return useMemo<LiveActions>(() => {
    const run = async (
      promise: Promise<{ error?: Parameters<typeof failedAction>[0]; data?: unknown }>,
    ): Promise<ActionResult> => {
      const result = await promise;
      return result.data && !result.error ? { ok: true, value: undefined } : failedAction(result.error);
    };
    const session = { sessionId };
    return {
      end: () => run(client.mutation(EndLiveSessionDocument, { input: session }).toPromise()),
      spotlight: (input) =>
        run(
          client.mutation(SpotlightDocument, { input: { ...input, ...session, clientId: newClientId() } }).toPromise(),
        ),
      move: (offset) => run(client.mutation(MoveLivePositionDocument, { input: { ...session, offset } }).toPromise()),
      openPoll: (input) =>
        run(
          client
            .mutation(OpenLivePollDocument, { input: { ...input, ...session, clientId: newClientId() } })
            .toPromise(),
        ),
      answer: (pollId, option) =>
        run(client.mutation(AnswerLivePollDocument, { input: { pollId, option } }).toPromise()),
      closePoll: (pollId) => run(client.mutation(CloseLivePollDocument, { input: { pollId } }).toPromise()),
      startRound: (input) =>
        run(
          client
            .mutation(StartLiveRoundDocument, { input: { ...input, ...session, clientId: newClientId() } })
            .toPromise(),
        ),
      raiseHand: () => run(client.mutation(RaiseHandDocument, { input: session }).toPromise()),
      lowerHand: () => run(client.mutation(LowerHandDocument, { input: session }).toPromise()),
      callOn: (userId) => run(client.mutation(CallOnHandDocument, { input: { ...session, userId } }).toPromise()),
      handOver: (userId) =>
        run(client.mutation(HandLiveFacilitatorDocument, { input: { ...session, userId } }).toPromise()),
    };
  }, [client, sessionId]);
}
