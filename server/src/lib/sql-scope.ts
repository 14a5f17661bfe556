import { AsyncLocalStorage } from 'node:async_hooks';
import type { Database } from '@pilar/db';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';

/** SQL statements sent on behalf of one request. */
export interface SqlScope {
  count: number;
}

/**
 * Counts SQL statements per request. Prisma's query events run in the async context of the
 * query that caused them, so a store opened around the request (http.ts) or the execution
 * (below) collects exactly that request's statements, even under concurrency.
 */
export const sqlScope = new AsyncLocalStorage<SqlScope>();

const counted = new WeakSet<object>();
/** Counts on the primary and on every replica: a request's statements wherever they ran. */
export function countStatements(db: Database): void {
  for (const client of [db.prisma, ...db.replicas]) {
    if (counted.has(client)) continue;
    counted.add(client);
    // The clients are created with query events on (prisma/src/database.ts); their type does not say so.
    (client as unknown as { $on(event: 'query', listener: () => void): void }).$on('query', () => {
      const scope = sqlScope.getStore();
      if (scope) scope.count += 1;
    });
  }
}

/** Runs execution inside the request's scope when the HTTP layer did not open one. */
export function useSqlScope(): Plugin<Context> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const ctx = args.contextValue as Context;
      if (sqlScope.getStore() === ctx.sql) return;
      setExecuteFn((execArgs) => sqlScope.run(ctx.sql, () => executeFn(execArgs)));
    },
  };
}
