import { GraphQLError } from 'graphql';

/** Codes a client can act on; everything else is masked as an internal error. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'DUPLICATE'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED';

/** An expected error: reaches the client with its message and code, never a stack. */
export function userError(
  code: ErrorCode,
  message: string,
  extensions: Record<string, unknown> = {},
): GraphQLError {
  return new GraphQLError(message, { extensions: { code, ...extensions } });
}

/** A validation error on one input field, named in `extensions.field`. */
export function badInput(field: string, message: string): GraphQLError {
  return userError('BAD_USER_INPUT', message, { field });
}
