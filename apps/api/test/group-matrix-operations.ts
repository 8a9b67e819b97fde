import { Cast } from './factories';
import {
  CREATE_GROUP,
  DELETE_GROUP,
  groupWith,
  MOVE_MEMBER,
  MY_GROUP,
  RENAME_GROUP,
  SEMINAR_GROUPS,
  SPLIT_GROUPS,
} from './group-factories';
import { memberRow, Row } from './matrix-outcomes';
import { outcome, TestApp } from './test-app';

/** What the small-group cells of the permission matrix need of their scene. */
export interface GroupMatrixScene {
  api: TestApp;
  seminar: { id: string };
  cast: Cast;
  token: string | null;
}

const ownersGroup = (s: GroupMatrixScene) => groupWith(s.api, s.cast.OWNER, s.seminar.id, 'Matrix group');

export const groupOperations: Record<string, (s: GroupMatrixScene) => Promise<string>> = {
  'list the small groups': async (s) => outcome(await s.api.gql(SEMINAR_GROUPS, { seminarId: s.seminar.id }, s.token)),
  'see my small group': async (s) => {
    await groupWith(s.api, s.cast.OWNER, s.seminar.id, 'Mine', [s.cast.MEMBER]);
    return outcome(await s.api.gql(MY_GROUP, { seminarId: s.seminar.id }, s.token));
  },
  'create a small group': async (s) =>
    outcome(await s.api.gql(CREATE_GROUP, { input: { seminarId: s.seminar.id, name: 'New' } }, s.token)),
  'rename a small group': async (s) => {
    const { id } = await ownersGroup(s);
    return outcome(await s.api.gql(RENAME_GROUP, { input: { groupId: id, name: 'Renamed' } }, s.token));
  },
  'delete a small group': async (s) => {
    const { id } = await ownersGroup(s);
    return outcome(await s.api.gql(DELETE_GROUP, { input: { groupId: id } }, s.token));
  },
  'move a member into a small group': async (s) => {
    const { id } = await ownersGroup(s);
    return outcome(
      await s.api.gql(
        MOVE_MEMBER,
        { input: { seminarId: s.seminar.id, userId: s.cast.MEMBER.id, groupId: id } },
        s.token,
      ),
    );
  },
  'split the seminar at random into small groups': async (s) =>
    outcome(await s.api.gql(SPLIT_GROUPS, { input: { seminarId: s.seminar.id, size: 2 } }, s.token)),
};

/** Owners and moderators manage groups; every member may see the group they are in. */
export const groupExpected: Record<keyof typeof groupOperations, Row> = {
  'list the small groups': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'see my small group': memberRow('OK', 'OK', 'OK', 'OK'),
  'create a small group': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'rename a small group': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'delete a small group': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'move a member into a small group': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
  'split the seminar at random into small groups': memberRow('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN'),
};
