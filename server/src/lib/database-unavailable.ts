import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { messages } from './messages.ts';

const PRISMA_CODES = new Set(['P1001', 'P1002', 'P1008', 'P1017', 'P2024']);
const ADAPTER_KINDS = new Set(['DatabaseNotReachable', 'ConnectionClosed', 'SocketTimeout', 'TooManyConnections', 'DatabaseDoesNotExist']);
// PostgreSQL SQLSTATEs of a connection that was cut or refused (57P01: terminated by an
// administrator, e.g. pg_terminate_backend; 57P03: the server is starting or shutting down).
const SQL_STATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08004', '08006', '53300']);
const NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT', 'ENOTFOUND', 'EHOSTUNREACH']);
const MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|Client has encountered a connection error|Can't reach database server/i;

/** Whether an error (or anything it wraps) says the database could not be reached. */
export function isDatabaseUnavailable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 6) return false;
  const e = error as Record<string, unknown>;
  if (typeof e.code === 'string' && (PRISMA_CODES.has(e.code) || SQL_STATES.has(e.code) || NODE_CODES.has(e.code))) return true;
  if (typeof e.kind === 'string' && ADAPTER_KINDS.has(e.kind)) return true;
  if (typeof e.originalCode === 'string' && SQL_STATES.has(e.originalCode)) return true;
  if (typeof e.message === 'string' && MESSAGES.test(e.message)) return true;
  const meta = e.meta as Record<string, unknown> | undefined;
  return [e.cause, e.originalError, meta?.driverAdapterError].some((inner) => isDatabaseUnavailable(inner, depth + 1));
}

function unavailable(): GraphQLError {
  const text = messages.databaseUnavailable();
  return new GraphQLError(text.en, { extensions: { code: 'DATABASE_UNAVAILABLE', http: { status: 503 }, i18n: { id: text.id } } });
}

/**
 * A request that failed because the database is down answers 503 with
 * `extensions.code = "DATABASE_UNAVAILABLE"` instead of a masked internal error, so clients can
 * retry; nothing about the database leaks.
 */
export function useDatabaseUnavailable(): Plugin {
  return {
    onExecute() {
      return {
        onExecuteDone({ result, setResult }) {
          const single = result as ExecutionResult;
          if (single.errors?.some((e) => isDatabaseUnavailable(e.originalError))) {
            setResult({ data: null, errors: [unavailable()] });
          }
        },
      };
    },
  };
}

export { unavailable as databaseUnavailableError };
