import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import type { Me } from '../generated/graphql.ts';
import type { WorkRegion } from './permissions.ts';

/** Who is signed in, as the panel needs it: name, role and (for clerks) the regions. */
export type Viewer = Pick<Me, 'id' | 'username' | 'displayName' | 'role' | 'via'> & { regions: WorkRegion[] };

export const ME: TypedDocumentNode<{ me: Viewer | null }, Record<string, never>> = gql`
  query Me {
    me {
      id
      username
      displayName
      role
      via
      regions {
        id
        code
        name
        level
        parentId
      }
    }
  }
`;

/**
 * The signed-in user, read once and shared by the auth provider (identity, permissions, access)
 * and the data provider (masked fields): react-admin asks for permissions for every button,
 * which must not each cost a request. `refresh` re-reads it (on every page's auth check),
 * `clear` forgets it (sign-in, sign-out).
 */
export interface Session {
  viewer(): Promise<Viewer | null>;
  refresh(): Promise<Viewer | null>;
  clear(): void;
}

export function createSession(client: ApolloClient<unknown>): Session {
  let current: Promise<Viewer | null> | null = null;
  const refresh = () => {
    const read = client.query({ query: ME, fetchPolicy: 'no-cache' }).then(({ data }) => data.me);
    current = read;
    // A failed read (network down) is not remembered: the next call tries again.
    read.catch(() => {
      if (current === read) current = null;
    });
    return read;
  };
  return {
    viewer: () => current ?? refresh(),
    refresh,
    clear: () => {
      current = null;
    },
  };
}
