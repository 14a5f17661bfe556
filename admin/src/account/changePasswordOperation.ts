import { gql, type TypedDocumentNode } from '@apollo/client';
import type { MutationChangePasswordArgs } from '../generated/graphql.ts';

/** Changes the signed-in user's password; the server ends their other sessions (and tokens unless kept). */
export const CHANGE_PASSWORD: TypedDocumentNode<{ changePassword: boolean }, MutationChangePasswordArgs> = gql`
  mutation ChangePassword($currentPassword: String!, $newPassword: String!, $keepApiTokens: Boolean) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword, keepApiTokens: $keepApiTokens)
  }
`;

/** Input fields whose server errors show under the field. */
export const CHANGE_PASSWORD_FIELDS = ['currentPassword', 'newPassword'] as const;
