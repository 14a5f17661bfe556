import { usePersistedOperations } from '@graphql-yoga/plugin-persisted-operations';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Database, PrismaClient } from '@pilar/db';
import type { Context } from '../../context.ts';
import { requestLocale, type Locale } from '../../lib/localized-errors.ts';
import { messages, type Text } from '../../lib/messages.ts';
import { asksForSchema } from './document.ts';
import { recordRun, type RunTarget } from './runs.ts';

/** How long a looked-up persisted operation is reused before the database is asked again. */
const CACHE_MS = 10_000;

const caches = new WeakMap<PrismaClient, Map<string, { target: RunTarget; until: number }>>();

/**
 * Forgets the cached persisted operations, after an approval or retirement in this process
 * (another process sees the change within CACHE_MS).
 */
export function forgetPersisted(prisma: PrismaClient): void {
  caches.get(prisma)?.clear();
}

/** `sha256:<hex>` from what a client sent (with or without the prefix), or null. */
export function normalizePersistedId(value: string): string | null {
  const hex = value.trim().toLowerCase().replace(/^sha256:/, '');
  return /^[0-9a-f]{64}$/.test(hex) ? `sha256:${hex}` : null;
}

/** The approved, not retired version with this persisted id (newest approval first). */
export async function findApproved(prisma: PrismaClient, persistedId: string): Promise<RunTarget | null> {
  let cache = caches.get(prisma);
  if (!cache) {
    cache = new Map();
    caches.set(prisma, cache);
  }
  const hit = cache.get(persistedId);
  if (hit && hit.until > Date.now()) return hit.target;
  const version = await prisma.savedQueryVersion.findFirst({
    where: { persistedId, status: 'APPROVED', savedQuery: { retiredAt: null } },
    orderBy: [{ approvedAt: 'desc' }, { id: 'desc' }],
    select: { id: true, savedQueryId: true, number: true, document: true, persistedId: true },
  });
  if (!version) {
    cache.delete(persistedId);
    return null;
  }
  const target: RunTarget = { savedQueryId: version.savedQueryId, versionId: version.id, number: version.number, persistedId: version.persistedId, document: version.document };
  cache.set(persistedId, { target, until: Date.now() + CACHE_MS });
  return target;
}

function localizedError(locale: Locale, code: string, text: Text, status?: number): GraphQLError {
  return new GraphQLError(text[locale], { extensions: { code, ...(status ? { http: { status } } : {}) } });
}

/**
 * Approved saved queries as persisted operations, and the allow-list for API tokens.
 *
 * - A request may name an approved version by its persisted id instead of sending a document,
 *   Yoga's (Apollo's) convention: `extensions: { persistedQuery: { version: 1, sha256Hash } }`,
 *   by POST or GET; the hash may carry the `sha256:` prefix. The document comes from the
 *   database (cached briefly), and the run is stored like runSavedQuery's (recordRun).
 * - A request with an API token that was not granted `allowAdHoc` may run only such persisted
 *   operations: anything else is refused with PERSISTED_ONLY. Sessions (the admin panel) and
 *   granted tokens keep sending documents. The check runs once the caller is known (the
 *   context), so authentication stays in one place.
 */
export function usePersistedSavedQueries(db: Database): Plugin<Context> {
  const persisted = new WeakMap<Request, RunTarget>();
  return {
    onPluginInit({ addPlugin }) {
      addPlugin(
        usePersistedOperations({
          // Who may send documents depends on the caller, decided in onExecute below.
          allowArbitraryOperations: true,
          extractPersistedOperationId: (params) => {
            const hash = (params.extensions as { persistedQuery?: { version?: number; sha256Hash?: unknown } } | undefined)?.persistedQuery;
            return hash?.version === 1 && typeof hash.sha256Hash === 'string' ? hash.sha256Hash : null;
          },
          getPersistedOperation: async (key, request) => {
            const id = normalizePersistedId(key);
            const target = id ? await findApproved(db.prisma, id) : null;
            if (!target) return null;
            persisted.set(request, target);
            return target.document;
          },
          customErrors: {
            notFound: ({ request }) => localizedError(requestLocale(request), 'PERSISTED_QUERY_NOT_IN_LIST', messages.persistedNotFound(), 404),
            keyNotFound: ({ request }) => localizedError(requestLocale(request), 'PERSISTED_QUERY_ID_REQUIRED', messages.persistedIdRequired(), 400),
          },
        }),
      );
    },
    onExecute({ args, setResultAndStopExecution }) {
      const ctx = args.contextValue as Context;
      const target = persisted.get(ctx.request);
      if (!target) {
        if (ctx.viewer?.via === 'token' && !ctx.viewer.allowAdHoc) {
          setResultAndStopExecution({ errors: [localizedError(ctx.locale, 'PERSISTED_ONLY', messages.persistedOnly())] });
        }
        return;
      }
      if (!ctx.viewer) {
        setResultAndStopExecution({ errors: [localizedError(ctx.locale, 'UNAUTHENTICATED', messages.signInFirst())] });
        return;
      }
      // Approved before introspection was refused in saved queries: refused for everyone.
      if (asksForSchema(args.document)) {
        const text = messages.savedQueryIntrospection();
        setResultAndStopExecution({ errors: [new GraphQLError(text[ctx.locale], { extensions: { code: 'BAD_USER_INPUT', field: 'document' } })] });
        return;
      }
      const started = performance.now();
      return {
        async onExecuteDone({ result, setResult }) {
          const single = result as ExecutionResult;
          try {
            await recordRun(ctx, target, {
              variables: (args.variableValues ?? {}) as Record<string, unknown>,
              result: single,
              durationMs: performance.now() - started,
              via: 'PERSISTED',
            });
          } catch {
            // A run that cannot be logged is not answered.
            setResult({ data: null, errors: [localizedError(ctx.locale, 'INTERNAL_SERVER_ERROR', messages.unexpected())] });
          }
        },
      };
    },
  };
}
