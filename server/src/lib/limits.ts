import { costLimitRule } from '@escape.tech/graphql-armor-cost-limit';
import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { EnvelopArmorPlugin } from '@escape.tech/graphql-armor';
import { BREAK, GraphQLError, validate, visit, type DocumentNode, type ExecutionArgs, type ExecutionResult, type ValidationContext } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { requestLocale } from './localized-errors.ts';
import { messages } from './messages.ts';

/** The limits of issue "speed, limits and faults", in one place. */
export const LIMITS = {
  depth: 6,
  adminDepth: 12,
  aliases: 15,
  directives: 50,
  tokens: 1_000,
  /** graphql-armor's cost: about 60 for a 25-row list page with its relations. */
  cost: 800,
  executionMs: 10_000,
} as const;

function refusal(code: string, text: { en: string; id: string }): GraphQLError {
  return new GraphQLError(text.en, { extensions: { code, http: { status: 400 }, i18n: { id: text.id } } });
}

/**
 * graphql-armor's static protections (aliases, directives, tokens, cost, and a hard depth cap
 * for everyone). Its field-suggestion block is off: it masks some hints of validation only, and
 * for everyone; suggestions.ts removes them all, for everyone but an ADMIN, in production.
 */
// Report refusals as validation errors (armor's default throws, which hides them).
const report = { propagateOnRejection: false, onReject: [(ctx: ValidationContext | null, error: GraphQLError) => ctx?.reportError(error)] };

export function useArmor(): Plugin {
  return EnvelopArmorPlugin({
    maxDepth: { n: LIMITS.adminDepth, ...report },
    maxAliases: { n: LIMITS.aliases, ...report },
    maxDirectives: { n: LIMITS.directives, ...report },
    maxTokens: { n: LIMITS.tokens },
    costLimit: { maxCost: LIMITS.cost, ...report },
    blockFieldSuggestion: { enabled: false },
  }) as Plugin;
}

/**
 * The same static limits as validation rules, for documents the server runs itself rather than
 * receives over HTTP: saved queries, checked when a version is saved or approved and again on
 * every run (modules/saved-query). The depth is everyone's (6): any role may run them. Tokens
 * are limited at parse time (`parse(text, { maxTokens: LIMITS.tokens })`).
 */
export function limitRules() {
  return [
    maxDepthRule({ n: LIMITS.depth, ...report }),
    maxAliasesRule({ n: LIMITS.aliases, ...report }),
    maxDirectivesRule({ n: LIMITS.directives, ...report }),
    costLimitRule({ maxCost: LIMITS.cost, ...report }),
  ];
}

/** The clear message for one of armor's refusals, or null if `message` is not one. */
export function limitRefusal(message: string, depth: number = LIMITS.adminDepth): { code: string; text: { en: string; id: string } } | null {
  const refusal = ARMOR_REFUSALS.find(([pattern]) => pattern.test(message));
  if (!refusal) return null;
  const [, code, textOf] = refusal;
  return { code, text: code === 'QUERY_TOO_DEEP' ? messages.tooDeep(depth) : textOf() };
}

/** armor's refusals, recognised by its messages ("Aliases limit of 15 exceeded, found 16."). */
const ARMOR_REFUSALS: [RegExp, string, () => { en: string; id: string }][] = [
  [/Query depth limit of/, 'QUERY_TOO_DEEP', () => messages.tooDeep(LIMITS.adminDepth)],
  [/Aliases limit of/, 'TOO_MANY_ALIASES', () => messages.tooManyAliases(LIMITS.aliases)],
  [/Directives limit of/, 'TOO_MANY_DIRECTIVES', () => messages.tooManyDirectives(LIMITS.directives)],
  [/Token limit of/i, 'TOO_MANY_TOKENS', () => messages.tooManyTokens(LIMITS.tokens)],
  [/Query Cost limit of/, 'QUERY_TOO_COSTLY', () => messages.tooCostly(LIMITS.cost)],
];

/**
 * Turns armor's refusals into errors with a
 * specific code and a message in the request's language. Yoga marks every validation error
 * GRAPHQL_VALIDATION_FAILED, so this runs on the final result.
 */
export function useArmorErrorCodes(): Plugin {
  return {
    onResultProcess({ request, result, setResult }) {
      const single = result as ExecutionResult;
      if (Array.isArray(result) || !single.errors?.length) return;
      const locale = requestLocale(request);
      let changed = false;
      const errors = single.errors.map((error) => {
        const refusal = limitRefusal(error.message);
        if (!refusal) return error;
        changed = true;
        const { code, text } = refusal;
        return new GraphQLError(locale === 'id' ? text.id : text.en, { extensions: { code, http: { status: 400 } } });
      });
      if (changed) setResult({ ...single, errors });
    },
  };
}

/**
 * Depth 6, deeper (up to the hard cap) only for an ADMIN: checked when the caller is known,
 * with armor's own depth rule; no execution timeouts past 10 s; and, in production,
 * introspection only for an ADMIN.
 */
export function useRoleLimits(production: boolean): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution, setExecuteFn, executeFn }) {
      const ctx = args.contextValue as Context;
      const admin = ctx.viewer?.role === 'ADMIN';
      if (!admin) {
        const errors = validate(args.schema, args.document, [maxDepthRule({ n: LIMITS.depth, ...report })]);
        if (errors.length) {
          setResultAndStopExecution({ errors: [refusal('QUERY_TOO_DEEP', messages.tooDeep(LIMITS.depth))] });
          return;
        }
        if (production && asksForSchema(args.document)) {
          setResultAndStopExecution({ errors: [refusal('INTROSPECTION_DISABLED', messages.introspectionDisabled())] });
          return;
        }
      }
      setExecuteFn((execArgs: ExecutionArgs) => {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<ExecutionResult>((resolve) => {
          timer = setTimeout(
            () => resolve({ errors: [new GraphQLError(messages.executionTimeout(LIMITS.executionMs).en, { extensions: { code: 'EXECUTION_TIMEOUT', http: { status: 503 }, i18n: { id: messages.executionTimeout(LIMITS.executionMs).id } } })] }),
            LIMITS.executionMs,
          );
        });
        return Promise.race([Promise.resolve(executeFn(execArgs) as Promise<ExecutionResult>), timeout]).finally(() => clearTimeout(timer));
      });
    },
  };
}

function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}
