import { GraphQLError } from 'graphql';
import { userError } from './errors.ts';
import { messages } from './messages.ts';

interface KnownError {
  code: string;
  meta?: Record<string, unknown>;
}

function isKnown(error: unknown): error is KnownError {
  return !!error && typeof error === 'object' && typeof (error as KnownError).code === 'string' && /^P\d{4}$/.test((error as KnownError).code);
}

/** The constraint's fields, wherever this Prisma version and driver adapter put them. */
function constraintFields(meta: Record<string, unknown> | undefined): string[] {
  if (!meta) return [];
  if (Array.isArray(meta.target)) return meta.target.map(String);
  if (typeof meta.field_name === 'string') return [meta.field_name];
  const cause = (meta.driverAdapterError as { cause?: { constraint?: { fields?: string[]; index?: string } } } | undefined)?.cause;
  if (cause?.constraint?.fields) return cause.constraint.fields.map((f) => f.replace(/"/g, ''));
  if (cause?.constraint?.index) return [cause.constraint.index];
  return [];
}

/**
 * Turns a database error into an expected GraphQL error where the client can act on it
 * (duplicate, missing reference, missing record); anything else stays an internal error that
 * Yoga masks, so no SQL or stack reaches the client.
 */
export function mapPrismaError(error: unknown, model: string): unknown {
  if (error instanceof GraphQLError || !isKnown(error)) return error;
  const fields = constraintFields(error.meta);
  switch (error.code) {
    case 'P2002':
      return userError('DUPLICATE', messages.duplicate(model, fields), {
        field: fields.length === 1 ? fields[0] : fields.join(','),
      });
    case 'P2003': {
      const field = fields[0]?.replace(/^.*_(\w+?)_fkey$/, '$1');
      return userError('BAD_USER_INPUT', messages.missingReferenceOf(field), { field });
    }
    case 'P2025':
      return userError('NOT_FOUND', messages.missingRecord(model));
    default:
      return error;
  }
}
