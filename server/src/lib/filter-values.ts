import { GraphQLError, valueFromASTUntyped, visit } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { checkValueCount, filterValueCount, FILTER_LIMITS } from './filters.ts';

/**
 * The bound on list values (FILTER_LIMITS.values) across all the `where` arguments of one
 * request, its root fields and nested lists alike, inline or as variables: filters.ts holds
 * each filter to it on its own, and several filters under it each would still add up to too
 * many parameters for one request. Checked before any resolver runs.
 */
export function useFilterValueBound(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const variables = (args.variableValues ?? {}) as Record<string, unknown>;
      let count = 0;
      let longest = 0;
      visit(args.document, {
        OperationDefinition(node) {
          // Only the operation that runs.
          return args.operationName && node.name?.value !== args.operationName ? false : undefined;
        },
        Argument(node) {
          if (node.name.value !== 'where') return false;
          const found = filterValueCount(valueFromASTUntyped(node.value, variables));
          count += found.values;
          longest = Math.max(longest, found.longest);
          return false;
        },
      });
      // A list over its own bound is refused by filters.ts, with the message that says so.
      if (longest > FILTER_LIMITS.list) return;
      try {
        checkValueCount(count);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        setResultAndStopExecution({ errors: [error] });
      }
    },
  };
}
