import { createGraphQLError, type Plugin } from 'graphql-yoga';
import { requestLocale } from './localized-errors.ts';
import { messages, type Text } from './messages.ts';

/** Variables nested deeper than this are refused before GraphQL walks them (recursively). */
export const MAX_VARIABLES_DEPTH = 64;

const JSON_TYPES = ['application/json', 'application/graphql+json', 'application/graphql-response+json'];
/** What Yoga itself can read; anything else used to get an empty 415. */
const READABLE_TYPES = [...JSON_TYPES, 'application/graphql', 'multipart/form-data', 'application/x-www-form-urlencoded'];

function contentType(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
}

function refusal(request: Request, status: number, text: Text): Error {
  return createGraphQLError(requestLocale(request) === 'id' ? text.id : text.en, { extensions: { code: 'BAD_REQUEST', http: { status } } });
}

function depthOf(value: unknown, limit: number, depth = 0): number {
  if (depth > limit || value === null || typeof value !== 'object') return depth;
  let deepest = depth;
  for (const item of Object.values(value)) {
    deepest = Math.max(deepest, depthOf(item, limit, depth + 1));
    if (deepest > limit) break;
  }
  return deepest;
}

/**
 * Reads JSON request bodies strictly. Node decodes bytes that are not UTF-8 into U+FFFD without
 * a word, so a broken client would store "�" in a beneficiary's name; here such a body is
 * refused with 400. Variables nested absurdly deep are refused before GraphQL's recursive input
 * coercion can run out of stack, and a body in a format the API does not read gets a 415 that
 * says what to send (Yoga's own is empty).
 */
export function useStrictRequestBody(): Plugin {
  const decoder = new TextDecoder('utf-8', { fatal: true });
  return {
    onRequestParse({ request, setRequestParser }) {
      if (request.method !== 'POST') return;
      const type = contentType(request);
      if (!READABLE_TYPES.includes(type)) {
        setRequestParser(() => {
          throw refusal(request, 415, messages.unsupportedContentType());
        });
        return;
      }
      if (!JSON_TYPES.includes(type)) return;
      setRequestParser(async (req) => {
        let text: string;
        try {
          text = decoder.decode(await req.arrayBuffer());
        } catch {
          throw refusal(req, 400, messages.bodyNotUtf8());
        }
        let body: unknown;
        try {
          body = JSON.parse(text);
        } catch (error) {
          // The same answer as Yoga's own JSON parser.
          throw createGraphQLError('POST body sent invalid JSON.', {
            extensions: { code: 'BAD_REQUEST', http: { spec: true, status: 400 }, originalError: { name: 'SyntaxError', message: (error as Error).message } },
          });
        }
        if (body === null || typeof body !== 'object') {
          throw createGraphQLError(`POST body is expected to be object but received ${body === null ? 'null' : typeof body}`, {
            extensions: { code: 'BAD_REQUEST', http: { status: 400 } },
          });
        }
        const variables = (body as { variables?: unknown }).variables;
        if (depthOf(variables, MAX_VARIABLES_DEPTH) > MAX_VARIABLES_DEPTH) {
          throw refusal(req, 400, messages.variablesTooDeep(MAX_VARIABLES_DEPTH));
        }
        return body as never;
      });
    },
  };
}
