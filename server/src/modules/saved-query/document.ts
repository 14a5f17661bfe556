import { createHash } from 'node:crypto';
import {
  BREAK,
  GraphQLError,
  Kind,
  getNamedType,
  isEnumType,
  isInputObjectType,
  parse,
  print,
  specifiedRules,
  typeFromAST,
  validate,
  valueFromASTUntyped,
  visit,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type TypeNode,
} from 'graphql';
import { badInput } from '../../lib/errors.ts';
import { LIMITS, limitRefusal, limitRules } from '../../lib/limits.ts';
import { messages } from '../../lib/messages.ts';

/** A variable of a saved query, as a form needs it. */
export interface VariableInfo {
  name: string;
  /** The GraphQL type as written, e.g. `[WorkerRole!]` or `Int!`. */
  type: string;
  /** The type without list and non-null wrappers, e.g. `WorkerRole`. */
  namedType: string;
  /** SCALAR, ENUM or INPUT_OBJECT. */
  kind: 'SCALAR' | 'ENUM' | 'INPUT_OBJECT';
  list: boolean;
  /** Non-null and without a default: the caller must give it. */
  required: boolean;
  defaultValue: unknown;
  /** The values of an enum variable. */
  enumValues: string[] | null;
}

export interface AnalysedDocument {
  text: string;
  document: DocumentNode;
  operation: OperationDefinitionNode;
  variables: VariableInfo[];
  persistedId: string;
}

export const MAX_DOCUMENT_LENGTH = 20_000;

/** `sha256:<hex>`: the persisted id of a document, over its exact text. */
export function persistedIdOf(text: string): string {
  return `sha256:${createHash('sha256').update(text, 'utf8').digest('hex')}`;
}

function isList(type: TypeNode): boolean {
  if (type.kind === Kind.NON_NULL_TYPE) return isList(type.type);
  return type.kind === Kind.LIST_TYPE;
}

/**
 * Checks a saved query's document against the API: it parses, holds exactly one operation,
 * that operation is a query (mutations and subscriptions are refused), and it validates. Any
 * failure is BAD_USER_INPUT on `document` with GraphQL's own message.
 */
/** Parses a stored document, held to the token limit of requests (lib/limits.ts). */
export function parseDocument(text: string, field: string): DocumentNode {
  try {
    return parse(text, { maxTokens: LIMITS.tokens });
  } catch (error) {
    const message = error instanceof GraphQLError ? error.message : String(error);
    // graphql-js says "more that 1000 tokens" (sic).
    throw badInput(field, /contains more th[ae][nt] \d+ tokens/.test(message) ? messages.tooManyTokens(LIMITS.tokens) : messages.invalidDocument(message));
  }
}

/**
 * The API's own validation plus the static limits every request is held to (depth 6, aliases,
 * directives, cost): a saved query is executed by the server itself, outside the HTTP request
 * pipeline where those limits live, so it is checked here when saved, approved and run.
 */
export function validateDocument(schema: GraphQLSchema, document: DocumentNode, field: string): void {
  if (asksForSchema(document)) throw badInput(field, messages.savedQueryIntrospection());
  const errors = validate(schema, document, [...specifiedRules, ...limitRules()]);
  if (!errors.length) return;
  const limit = errors.map((e) => limitRefusal(e.message, LIMITS.depth)).find((r) => r !== null);
  throw badInput(field, limit ? limit.text : messages.invalidDocument(errors.map((e) => e.message).join(' ')));
}

/**
 * Whether a document introspects the schema (`__schema`, `__type`, also inside fragments).
 * Every signed-in role runs an approved saved query, and the server runs it outside the
 * request pipeline where introspection is kept for administrators: a saved query may not
 * describe the schema to a VIEWER. `__typename` stays allowed.
 */
export function asksForSchema(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value !== '__schema' && node.name.value !== '__type') return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

export function analyseDocument(schema: GraphQLSchema, input: string): AnalysedDocument {
  const text = input.trim();
  if (!text) throw badInput('document', messages.required('document'));
  if (text.length > MAX_DOCUMENT_LENGTH) throw badInput('document', messages.tooLong('document', MAX_DOCUMENT_LENGTH));
  const document = parseDocument(text, 'document');
  const operations = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
  const refused = operations.find((op) => op.operation !== 'query');
  if (refused) throw badInput('document', messages.queryOnly(refused.operation));
  if (operations.length !== 1) throw badInput('document', messages.oneOperation());
  validateDocument(schema, document, 'document');
  const operation = operations[0]!;
  const variables = (operation.variableDefinitions ?? []).map((definition): VariableInfo => {
    const type = typeFromAST(schema, definition.type as never);
    const named = getNamedType(type!);
    return {
      name: definition.variable.name.value,
      type: print(definition.type),
      namedType: named.name,
      kind: isEnumType(named) ? 'ENUM' : isInputObjectType(named) ? 'INPUT_OBJECT' : 'SCALAR',
      list: isList(definition.type),
      required: definition.type.kind === Kind.NON_NULL_TYPE && !definition.defaultValue,
      defaultValue: definition.defaultValue ? valueFromASTUntyped(definition.defaultValue) : null,
      enumValues: isEnumType(named) ? named.getValues().map((v) => v.name) : null,
    };
  });
  return { text, document, operation, variables, persistedId: persistedIdOf(text) };
}
