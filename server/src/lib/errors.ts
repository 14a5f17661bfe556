import { GraphQLError } from 'graphql';
import type { Text } from './messages.ts';

/** Codes a client can act on; everything else is masked as an internal error. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'DUPLICATE'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'TOO_MANY_ATTEMPTS'
  | 'PERSISTED_ONLY'
  | 'PERSISTED_QUERY_NOT_IN_LIST'
  | 'PERSISTED_QUERY_ID_REQUIRED'
  | 'INTERNAL_SERVER_ERROR';

/**
 * An expected error: reaches the client with its message and code, never a stack. The
 * Indonesian text rides along in `extensions.i18n` until localized-errors.ts picks the
 * language the request asked for.
 */
export function userError(code: ErrorCode, text: Text, extensions: Record<string, unknown> = {}): GraphQLError {
  return new GraphQLError(text.en, { extensions: { code, ...extensions, i18n: { id: text.id } } });
}

/** A validation error on one input field, named in `extensions.field`. */
export function badInput(field: string, text: Text): GraphQLError {
  return userError('BAD_USER_INPUT', text, { field });
}
