import { useQuery } from 'urql';
import { graphql } from '../../gql';
import type { ViewerQuery } from '../../gql/graphql';

export const ViewerDocument = graphql(`
  query Viewer {
    me {
      id
      displayName
      email
    }
  }
`);

export type Viewer = NonNullable<ViewerQuery['me']>;

export type ViewerState =
  | { status: 'loading' }
  | { status: 'signed-out' }
  | { status: 'signed-in'; viewer: Viewer }
  | { status: 'error'; retry: () => void };

/** Who is signed in, from the session cookie the browser sends with every request. */
export function useViewer(): ViewerState {
  const [result, reexecute] = useQuery({ query: ViewerDocument, requestPolicy: 'cache-first' });
  if (result.data) return result.data.me ? { status: 'signed-in', viewer: result.data.me } : { status: 'signed-out' };
  if (result.error) return { status: 'error', retry: () => reexecute({ requestPolicy: 'network-only' }) };
  return { status: 'loading' };
}
