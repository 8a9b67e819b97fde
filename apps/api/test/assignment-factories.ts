import { TestUser } from './factories';
import { TestApp } from './test-app';

export const CREATE_ASSIGNMENT = `mutation($input: CreateAssignmentInput!) { createAssignment(input: $input) {
  id title dueAt hideUntilPosted requiredPosts } }`;
export const UPDATE_ASSIGNMENT = `mutation($input: UpdateAssignmentInput!) { updateAssignment(input: $input) { id dueAt } }`;
export const DELETE_ASSIGNMENT = `mutation($input: DeleteAssignmentInput!) { deleteAssignment(input: $input) { id } }`;
export const SET_EXTENSION = `mutation($input: SetAssignmentExtensionInput!) { setAssignmentExtension(input: $input) {
  userId posts dueAt extendedDueAt state late hidesOthers } }`;
export const ASSIGNMENTS = `query($seminarId: ID!, $readingId: ID) { assignments(seminarId: $seminarId, readingId: $readingId) {
  id title instructions readingId debateId rangeStart rangeEnd opensAt dueAt hideUntilPosted requiredPosts
  myProgress { posts completedAt dueAt extendedDueAt state late hidesOthers } } }`;
export const ASSIGNMENT_PROGRESS = `query($assignmentId: ID!) { assignmentProgress(assignmentId: $assignmentId) {
  userId displayName posts completedAt dueAt extendedDueAt state late hidesOthers } }`;

export const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

/** An assignment on a reading set by `leader`, due in a week unless `extra` says otherwise. */
export async function assigned(
  api: TestApp,
  leader: TestUser,
  seminarId: string,
  readingId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const result = await api.gql<{ createAssignment: { id: string } }>(
    CREATE_ASSIGNMENT,
    { input: { seminarId, readingId, title: 'Read and annotate', dueAt: inDays(7), ...extra } },
    leader.token,
  );
  if (!result.data) throw new Error(`createAssignment failed: ${JSON.stringify(result.errors)}`);
  return result.data.createAssignment;
}
