import { getOperationAST } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

/**
 * Picks the database client for each request once the operation is known.
 *
 * The rule, in order:
 * 1. A mutation runs wholly on the primary: its writes, the reads that validate them and the
 *    selection it returns (read-after-write in the same request).
 * 2. A query by a VIEWER or an AUDITOR runs on a replica (`ctx.prisma` is the reader): they
 *    cannot change the registry, so there is no write of theirs a replica could be behind on,
 *    and dashboards that poll all day are their traffic.
 * 3. A query by an ADMIN or a CLERK stays on the primary: they write, and the list they open
 *    right after saving must show the change.
 * 4. Whatever the role, resolvers doing read-only work that tolerates lag use `ctx.reader`,
 *    which is a replica during queries and the primary during mutations: dashboard aggregates.
 *    A saved-query run is a mutation (it logs the run on the primary) whose stored document, a
 *    query, is executed with `db.reader()` as its client (modules/saved-query).
 *
 * Authentication always reads the primary (app.ts): a session created a moment ago must be
 * found. Audit events are written through `ctx.db.prisma`, the primary. Without replicas
 * `db.reader()` is the primary and none of this changes anything.
 */
export function useReadRouting(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context;
      const operation = getOperationAST(args.document, args.operationName)?.operation;
      if (operation !== 'query') {
        ctx.reader = ctx.db.prisma;
        return;
      }
      ctx.reader = ctx.db.reader();
      if (ctx.viewer?.role === 'VIEWER' || ctx.viewer?.role === 'AUDITOR') ctx.prisma = ctx.reader;
    },
  };
}
