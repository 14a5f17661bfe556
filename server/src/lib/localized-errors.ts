import type { Plugin } from 'graphql-yoga';
import { GraphQLError, type ExecutionResult } from 'graphql';
import Negotiator from 'negotiator';

export type Locale = 'en' | 'id';

/** The languages messages exist in, as Accept-Language names them (`in` is Indonesian's old code). */
const OFFERED = ['en', 'id', 'in'];

/**
 * The language a request prefers: Indonesian when Accept-Language ranks it above English
 * (q-values, `id-ID` for `id`, `*`), by `negotiator`, the parser Express and Koa use.
 */
export function requestLocale(request: { headers: Pick<Headers, 'get'> }): Locale {
  const header = request.headers.get('accept-language');
  if (!header) return 'en';
  const best = new Negotiator({ headers: { 'accept-language': header } }).language(OFFERED);
  return best === 'id' || best === 'in' ? 'id' : 'en';
}

const VARIABLE_PATH = /at "(?:\w+)\.(\w+)"/;

function localize(error: GraphQLError, locale: Locale): GraphQLError {
  const { i18n, ...extensions } = error.extensions as { i18n?: { id: string } } & Record<string, unknown>;
  // A scalar rejected while coercing variables names the input path only in its message.
  if (extensions.code === 'BAD_USER_INPUT' && !extensions.field) {
    const field = VARIABLE_PATH.exec(error.message)?.[1];
    if (field) extensions.field = field;
  }
  const message = locale === 'id' && i18n ? i18n.id : error.message;
  return new GraphQLError(message, {
    nodes: error.nodes ?? null,
    source: error.source ?? null,
    positions: error.positions ?? null,
    path: error.path ?? null,
    originalError: error.originalError ?? null,
    extensions,
  });
}

/**
 * Picks the language of each expected error's message from the request (English or
 * Indonesian; the code and field stay the same) and removes the translation from the payload.
 */
export function useLocalizedErrors(): Plugin<{ locale?: Locale }> {
  return {
    onExecute({ args }) {
      const locale = (args.contextValue as { locale?: Locale }).locale ?? 'en';
      return {
        onExecuteDone({ result, setResult }) {
          const single = result as ExecutionResult;
          if (!single.errors?.length) return;
          setResult({ ...single, errors: single.errors.map((e) => localize(e, locale)) });
        },
      };
    },
  };
}
