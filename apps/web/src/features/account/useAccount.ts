import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { AccountSettingsQuery } from '../../gql/graphql';
import { errorMessage } from '../../graphql/graphql-error';

const AccountSettingsDocument = graphql(`
  query AccountSettings {
    account {
      id
      email
      displayName
      pendingEmail
      pendingEmailRequestedAt
    }
    mySessions {
      id
      userAgent
      address
      createdAt
      lastSeenAt
      current
    }
  }
`);

export type Account = AccountSettingsQuery['account'];
export type AccountSession = AccountSettingsQuery['mySessions'][number];

export type AccountState =
  | { status: 'loading' }
  | { status: 'error'; message: string }
  | { status: 'ready'; account: Account; sessions: AccountSession[]; refresh: () => void };

/** The viewer's account and sessions, fetched afresh on every visit (sessions change elsewhere). */
export function useAccount(): AccountState {
  const [result, reexecute] = useQuery({ query: AccountSettingsDocument, requestPolicy: 'network-only' });
  if (result.data)
    return {
      status: 'ready',
      account: result.data.account,
      sessions: result.data.mySessions,
      refresh: () => reexecute({ requestPolicy: 'network-only' }),
    };
  if (result.error) return { status: 'error', message: errorMessage(result.error) };
  return { status: 'loading' };
}
