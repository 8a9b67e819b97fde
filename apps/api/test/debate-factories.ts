import { TestUser } from './factories';
import { TestApp } from './test-app';

export async function createDebate(
  api: TestApp,
  owner: TestUser,
  seminarId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string }> {
  const result = await api.gql<{ createDebate: { id: string } }>(
    `mutation($input: CreateDebateInput!) { createDebate(input: $input) { id } }`,
    {
      input: {
        seminarId,
        motion: 'Humanitarian intervention may override state sovereignty.',
        proLabel: 'Intervention',
        conLabel: 'Sovereignty',
        ...extra,
      },
    },
    owner.token,
  );
  if (!result.data) throw new Error(`createDebate failed: ${JSON.stringify(result.errors)}`);
  return result.data.createDebate;
}

export const ADD_CLAIM = `mutation($input: AddClaimInput!) { addClaim(input: $input) { id moderation threadId stance parentId } }`;

export async function addClaim(
  api: TestApp,
  user: TestUser,
  debateId: string,
  extra: Record<string, unknown> = {},
): Promise<{ id: string; moderation: string; threadId: string }> {
  const result = await api.gql<{ addClaim: { id: string; moderation: string; threadId: string } }>(
    ADD_CLAIM,
    { input: { debateId, stance: 'PRO', body: 'Sovereignty is responsibility.', ...extra } },
    user.token,
  );
  if (!result.data) throw new Error(`addClaim failed: ${JSON.stringify(result.errors)}`);
  return result.data.addClaim;
}

export const MODERATE = `mutation($input: ModeratePostInput!) { moderatePost(input: $input) { id action reason } }`;
