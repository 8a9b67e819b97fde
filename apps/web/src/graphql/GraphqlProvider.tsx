import { ReactNode, useCallback, useMemo, useState } from 'react';
import { Provider } from 'urql';
import { createGraphqlClient } from './graphql-client';
import { GraphqlSessionContext } from './graphql-session-context';

export function GraphqlProvider({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const resetSession = useCallback(() => setGeneration((n) => n + 1), []);
  // A new generation is a new client with an empty cache; every mounted query refetches.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const client = useMemo(() => createGraphqlClient({ onUnauthenticated: resetSession }), [generation, resetSession]);
  const session = useMemo(() => ({ resetSession }), [resetSession]);
  return (
    <GraphqlSessionContext.Provider value={session}>
      <Provider value={client}>{children}</Provider>
    </GraphqlSessionContext.Provider>
  );
}
