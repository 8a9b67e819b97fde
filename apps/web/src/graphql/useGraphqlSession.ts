import { useContext } from 'react';
import { GraphqlSession, GraphqlSessionContext } from './graphql-session-context';

export function useGraphqlSession(): GraphqlSession {
  const session = useContext(GraphqlSessionContext);
  if (!session) throw new Error('useGraphqlSession must be used inside <GraphqlProvider>');
  return session;
}
