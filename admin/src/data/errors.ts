import type { GraphQLFormattedError } from 'graphql';
import { HttpError } from 'ra-core';

/** The `extensions.code` values the API documents for errors a clerk can act on. */
type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'DUPLICATE'
  | 'NOT_FOUND'
  | 'VERSION_CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_ATTEMPTS';

/** What a rejected data provider call carries in `HttpError.body`. */
export interface ApiErrorBody {
  code?: string;
  /** The input field the error is about (`extensions.field`). */
  field?: string;
  /** DUPLICATE: the record that already holds the value. */
  existingId?: string;
  /** VERSION_CONFLICT: the version now stored. */
  currentVersion?: number;
  /** Read by react-admin's forms to show each message under its input. */
  errors?: Record<string, string>;
}

const STATUS: Record<ApiErrorCode, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  DUPLICATE: 409,
  VERSION_CONFLICT: 409,
  TOO_MANY_ATTEMPTS: 429,
};

function graphQLErrorsOf(error: unknown): readonly GraphQLFormattedError[] {
  const source = error instanceof HttpError ? error.body : error;
  if (source && typeof source === 'object' && 'graphQLErrors' in source) {
    return (source as { graphQLErrors: readonly GraphQLFormattedError[] }).graphQLErrors;
  }
  return [];
}

/**
 * Turns what Apollo or ra-data-graphql threw into an HttpError react-admin understands: the
 * server's message (in the language the request asked for), a status from the error code, and
 * a body with the code and, when the error names a field the form edits, `errors[field]` so
 * the message appears under that input.
 */
export function toHttpError(error: unknown, formFields: ReadonlySet<string> = new Set()): unknown {
  // ra-data-graphql wraps whatever a response parser threw (our NOT_FOUND) in another HttpError.
  if (error instanceof HttpError && error.body instanceof HttpError) return error.body;
  const [first] = graphQLErrorsOf(error);
  if (!first) return error;
  const extensions = (first.extensions ?? {}) as Record<string, unknown>;
  const code = typeof extensions.code === 'string' ? extensions.code : undefined;
  const field = typeof extensions.field === 'string' ? extensions.field : undefined;
  const body: ApiErrorBody = { code, field };
  if (typeof extensions.existingId === 'string') body.existingId = extensions.existingId;
  if (typeof extensions.currentVersion === 'number') body.currentVersion = extensions.currentVersion;
  if (field && formFields.has(field)) body.errors = { [field]: first.message };
  return new HttpError(first.message, (code && STATUS[code as ApiErrorCode]) || 500, body);
}

export function errorCode(error: unknown): string | undefined {
  return error instanceof HttpError ? (error.body as ApiErrorBody | undefined)?.code : undefined;
}

/** Someone else saved the record after it was read: the save changed nothing. */
export function isVersionConflict(error: unknown): error is HttpError & { body: ApiErrorBody } {
  return errorCode(error) === 'VERSION_CONFLICT';
}
