import { DISCUSSION_MAP, MY_PARTICIPATION, PARTICIPATION } from './leader-tools-queries';
import { F, memberRow, N, R, Row, U } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the leader-tool cells of the permission matrix need of their scene. */
export interface LeaderToolsMatrixScene {
  api: TestApp;
  seminar: { id: string };
  reading: { id: string };
  token: string | null;
}

export const leaderToolsOperations: Record<string, (s: LeaderToolsMatrixScene) => Promise<string>> = {
  'see a reading’s discussion map': async (s) =>
    outcome(await s.api.gql(DISCUSSION_MAP, { readingId: s.reading.id }, s.token)),
  'see everyone’s participation': async (s) =>
    outcome(await s.api.gql(PARTICIPATION, { seminarId: s.seminar.id }, s.token)),
  'see my own participation': async (s) =>
    outcome(await s.api.gql(MY_PARTICIPATION, { seminarId: s.seminar.id, readingId: s.reading.id }, s.token)),
};

/**
 * The discussion map is for everyone a hide-until-you-post assignment no longer keeps from it
 * (assignment-matrix-operations.ts has the row of a reading it hides);
 * participation: leaders see everyone's, every member their own (docs/leader-tools.md).
 */
export const leaderToolsExpected: Record<keyof typeof leaderToolsOperations, Row> = {
  'see a reading’s discussion map': memberRow('OK', 'OK', 'OK', 'OK'),
  'see everyone’s participation': memberRow('OK', 'OK', F, F),
  'see my own participation': R('OK', 'OK', 'OK', 'OK', N, U),
};
