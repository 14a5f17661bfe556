import { gql, type ApolloClient } from '@apollo/client';
import type { IntrospectionSchema } from 'graphql';
import type { AuthProvider, UserIdentity } from 'ra-core';
import { errorCode, toHttpError } from '../data/errors.ts';
import type { MutationLoginArgs } from '../generated/graphql.ts';
import { allows, type Permissions, type ResourceAccess } from './permissions.ts';
import type { Session } from './session.ts';

const LOGIN = gql`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      id
    }
  }
`;
const LOGOUT = gql`
  mutation Logout {
    logout
  }
`;

/** An API without sign-in lets everyone do everything; the panel then acts as an administrator. */
const UNGUARDED: Permissions = { role: 'ADMIN', regions: [] };

/** Whether the API asks who is calling: it has a `login` mutation (read from introspection). */
function hasSignIn(schema: IntrospectionSchema): boolean {
  const mutation = schema.types.find((t) => t.name === schema.mutationType?.name);
  return mutation?.kind === 'OBJECT' && mutation.fields.some((f) => f.name === 'login');
}

export interface AuthOptions {
  session: Session;
  /** Who may do what with each resource, from the resource definitions. */
  accessOf: (resource: string) => ResourceAccess | undefined;
}

/**
 * Sign-in with the server's session cookie (HTTP-only, set by `login`): react-admin's login
 * page calls `login`, every page checks `me`, and an UNAUTHENTICATED answer from any call
 * leads back to the login page. Permissions are the role and the clerk's regions; `canAccess`
 * hides menus and buttons the role may not use (the server still decides). Against an API
 * without sign-in, everyone is let in.
 */
export function createAuthProvider(client: ApolloClient<unknown>, schema: IntrospectionSchema, { session, accessOf }: AuthOptions): AuthProvider {
  const signInRequired = hasSignIn(schema);
  const permissions = async (): Promise<Permissions | null> => {
    if (!signInRequired) return UNGUARDED;
    const me = await session.viewer();
    return me && { role: me.role, regions: me.regions };
  };
  return {
    async login({ username, password }: MutationLoginArgs) {
      session.clear();
      try {
        await client.mutate({ mutation: LOGIN, variables: { username, password } });
      } catch (error) {
        throw toHttpError(error);
      }
    },
    async logout() {
      session.clear();
      if (signInRequired) await client.mutate({ mutation: LOGOUT }).catch(() => undefined);
    },
    async checkAuth() {
      if (signInRequired && !(await session.refresh())) throw new Error('ra.auth.auth_check_error');
    },
    async checkError(error) {
      if (errorCode(error) === 'UNAUTHENTICATED') {
        session.clear();
        throw error;
      }
    },
    async getIdentity(): Promise<UserIdentity> {
      const me = signInRequired ? await session.viewer() : null;
      return me ? { id: me.id, fullName: me.displayName ?? me.username } : { id: '' };
    },
    getPermissions: permissions,
    async canAccess({ action, resource }) {
      return allows(accessOf(resource), (await permissions())?.role, action);
    },
  };
}
