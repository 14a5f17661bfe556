import type { Plugin } from 'graphql-yoga';
import { GraphQLError, type ExecutionResult } from 'graphql';
import type { Context } from '../context.ts';
import { databaseUnavailableError, isDatabaseUnavailable } from '../lib/database-unavailable.ts';
import { actorOf } from './actor.ts';
import { appendAudit } from './trail.ts';

/**
 * "Who saw whose ID": a response that shows any NIK or No. KK in clear records one READ_PII
 * event listing those records. If the event cannot be written, the data is not sent.
 */
export function useReadEvents(): Plugin<Context> {
  return {
    onExecute({ args }) {
      const ctx = args.contextValue as Context;
      return {
        async onExecuteDone({ result, setResult }) {
          if (!ctx.piiShown?.size) return;
          const recordIds = [...ctx.piiShown].sort();
          ctx.piiShown.clear();
          try {
            await ctx.db.prisma.$transaction((tx) => appendAudit(tx, actorOf(ctx), { action: 'READ_PII', recordIds }));
          } catch (error) {
            // The data is withheld either way; a database that is down is said so (503, retry).
            if (isDatabaseUnavailable(error)) return setResult({ data: null, errors: [databaseUnavailableError()] });
            const single = result as ExecutionResult;
            setResult({ data: null, errors: [new GraphQLError('Unexpected error.', { extensions: { code: 'INTERNAL_SERVER_ERROR' } }), ...(single.errors ?? [])] });
          }
        },
      };
    },
  };
}
