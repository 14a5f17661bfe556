import { gql, type TypedDocumentNode } from '@apollo/client';
import type { ApiToken, CreatedApiToken, MutationCreateApiTokenArgs, MutationRevokeApiTokenArgs, QueryApiTokensArgs, User } from '../../generated/graphql.ts';

/** A token as the list shows it: never its secret, which the server does not keep. */
export type TokenRow = Pick<ApiToken, 'id' | 'name' | 'prefix' | 'role' | 'allowAdHoc' | 'createdAt' | 'expiresAt' | 'lastUsedAt' | 'revokedAt'> & {
  owner: Pick<User, 'id' | 'username' | 'displayName'>;
};

const TOKEN_FIELDS = `
  id
  name
  prefix
  role
  allowAdHoc
  createdAt
  expiresAt
  lastUsedAt
  revokedAt
  owner {
    id
    username
    displayName
  }
`;

/** The API's page cap: more tokens than this would be a list no one reads. */
export const TOKENS_TAKE = 500;

export const API_TOKENS: TypedDocumentNode<{ apiTokens: TokenRow[] }, Pick<QueryApiTokensArgs, 'includeRevoked' | 'take'>> = gql`
  query ApiTokens($includeRevoked: Boolean, $take: Int) {
    apiTokens(includeRevoked: $includeRevoked, take: $take) {
      ${TOKEN_FIELDS}
    }
  }
`;

export const CREATE_API_TOKEN: TypedDocumentNode<
  { createApiToken: Pick<CreatedApiToken, 'secret'> & { token: TokenRow } },
  MutationCreateApiTokenArgs
> = gql`
  mutation CreateApiToken($name: String!, $expiresAt: DateTime, $role: UserRole, $allowAdHoc: Boolean) {
    createApiToken(name: $name, expiresAt: $expiresAt, role: $role, allowAdHoc: $allowAdHoc) {
      secret
      token {
        ${TOKEN_FIELDS}
      }
    }
  }
`;

export const REVOKE_API_TOKEN: TypedDocumentNode<{ revokeApiToken: Pick<ApiToken, 'id' | 'revokedAt'> }, MutationRevokeApiTokenArgs> = gql`
  mutation RevokeApiToken($id: ID!) {
    revokeApiToken(id: $id) {
      id
      revokedAt
    }
  }
`;
