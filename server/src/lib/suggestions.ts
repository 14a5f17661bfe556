import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { PrismaClient } from '@pilar/db';
import { authenticate } from '../auth/authenticate.ts';
import { parseCredentials } from '../auth/credentials.ts';
import type { Viewer } from '../auth/viewer.ts';
import type { Context } from '../context.ts';

/**
 * graphql-js's hints, in validation and variable-coercion messages alike: `Did you mean "name"?`,
 * `Did you mean "nik" or "name"?`, `Did you mean the enum value "FEMALE"?`.
 */
const SUGGESTION = /\s*Did you mean [^?]*\?/g;
const HAS_SUGGESTION = /Did you mean [^?]*\?/;

/** A message without its "Did you mean …?" hints; the rest stays. */
export function withoutSuggestions(message: string): string {
  return message.replace(SUGGESTION, '').trim();
}

/**
 * In production, "Did you mean …" hints describe the schema (field, input-field and enum value
 * names) to whoever sends a wrong guess: they are for an ADMIN only, as introspection is, and
 * removed from every message for anyone else. The caller is known once the context is built
 * (remembered per request); a document that fails validation never gets that far, so then the
 * credentials are looked up here (remembered briefly by auth/credential-cache.ts), only for a
 * result that holds a hint.
 */
export function useSuggestionsForAdmins(production: boolean, prisma: PrismaClient): Plugin<Context> {
  const viewers = new WeakMap<Request, Viewer | null>();
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context;
      viewers.set(ctx.request, ctx.viewer);
    },
    async onResultProcess({ request, result, setResult }) {
      if (!production || Array.isArray(result)) return;
      const single = result as ExecutionResult;
      if (!single.errors?.some((e) => HAS_SUGGESTION.test(e.message))) return;
      let viewer = viewers.get(request);
      if (viewer === undefined) viewer = await authenticate(prisma, parseCredentials(request.headers)).catch(() => null);
      if (viewer?.role === 'ADMIN') return;
      setResult({
        ...single,
        errors: single.errors.map((e) =>
          new GraphQLError(withoutSuggestions(e.message), { nodes: e.nodes ?? null, source: e.source ?? null, positions: e.positions ?? null, path: e.path ?? null, originalError: e.originalError ?? null, extensions: e.extensions }),
        ),
      });
    },
  };
}
