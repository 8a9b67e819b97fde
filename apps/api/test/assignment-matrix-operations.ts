import {
  ASSIGNMENT_PROGRESS,
  ASSIGNMENTS,
  assigned,
  CREATE_ASSIGNMENT,
  DELETE_ASSIGNMENT,
  inDays,
  SET_EXTENSION,
  UPDATE_ASSIGNMENT,
} from './assignment-factories';
import { Cast } from './factories';
import { DISCUSSION_MAP } from './leader-tools-queries';
import { memberRow, Row } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the assignment cells of the permission matrix need of their scene. */
export interface AssignmentMatrixScene {
  api: TestApp;
  seminar: { id: string };
  reading: { id: string };
  cast: Cast;
  token: string | null;
}

const owners = (s: AssignmentMatrixScene) => assigned(s.api, s.cast.OWNER, s.seminar.id, s.reading.id);

export const assignmentOperations: Record<string, (s: AssignmentMatrixScene) => Promise<string>> = {
  'set an assignment': async (s) =>
    outcome(
      await s.api.gql(
        CREATE_ASSIGNMENT,
        { input: { seminarId: s.seminar.id, readingId: s.reading.id, title: 'Week 1', dueAt: inDays(7) } },
        s.token,
      ),
    ),
  'change an assignment': async (s) => {
    const { id } = await owners(s);
    return outcome(await s.api.gql(UPDATE_ASSIGNMENT, { input: { assignmentId: id, dueAt: inDays(9) } }, s.token));
  },
  'withdraw an assignment': async (s) => {
    const { id } = await owners(s);
    return outcome(await s.api.gql(DELETE_ASSIGNMENT, { input: { assignmentId: id } }, s.token));
  },
  'extend an assignment for one member': async (s) => {
    const { id } = await owners(s);
    return outcome(
      await s.api.gql(
        SET_EXTENSION,
        { input: { assignmentId: id, userId: s.cast.MEMBER.id, dueAt: inDays(10) } },
        s.token,
      ),
    );
  },
  'list assignments with my progress': async (s) => {
    await owners(s);
    return outcome(await s.api.gql(ASSIGNMENTS, { seminarId: s.seminar.id }, s.token));
  },
  'see the discussion map of a reading hidden until I post': async (s) => {
    await assigned(s.api, s.cast.OWNER, s.seminar.id, s.reading.id, { hideUntilPosted: true });
    return outcome(await s.api.gql(DISCUSSION_MAP, { readingId: s.reading.id }, s.token));
  },
  'see everyone’s progress on an assignment': async (s) => {
    const { id } = await owners(s);
    return outcome(await s.api.gql(ASSIGNMENT_PROGRESS, { assignmentId: id }, s.token));
  },
};

/** Owners and moderators set assignments and see everyone's progress; every member sees what is due. */
export const assignmentExpected: Record<keyof typeof assignmentOperations, Row> = {
  'set an assignment': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'change an assignment': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'withdraw an assignment': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'extend an assignment for one member': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'list assignments with my progress': memberRow('OK', 'OK', 'OK', 'OK'),
  'see everyone’s progress on an assignment': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'see the discussion map of a reading hidden until I post': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
};
