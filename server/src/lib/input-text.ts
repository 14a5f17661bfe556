import { Kind, visit, type ASTNode, type DocumentNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { Context } from '../context.ts';
import { badInput } from './errors.ts';
import { FILTER_OPERATORS } from './filters.ts';
import { messages } from './messages.ts';

/**
 * Control characters no text in the registry holds: NUL (PostgreSQL cannot store it in text,
 * and it answered an internal error), the other C0 controls but tab, line feed and carriage
 * return (which multi-line texts such as notes and saved-query documents use), DEL, and the C1
 * controls (invisible, and no keyboard types them). Which texts may hold line breaks at all is
 * the text rules' decision (validate.ts).
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is this rule's whole job.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/** Whether a string holds a character of CONTROL. */
export function hasControlCharacter(value: string): boolean {
  return CONTROL.test(value);
}

/** The input field a string is found under: the nearest object key (a filter's operator names the field above it), else `field`. */
function findIn(value: unknown, field: string, depth = 0): string | null {
  if (typeof value === 'string') return hasControlCharacter(value) ? field : null;
  // Variables are bounded in depth before they get here (strict-body.ts); this is a backstop.
  if (!value || typeof value !== 'object' || depth > 100) return null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = findIn(item, field, depth + 1);
      if (found) return found;
    }
    return null;
  }
  for (const [key, item] of Object.entries(value)) {
    const found = findIn(item, FILTER_OPERATORS.has(key) ? field : key, depth + 1);
    if (found) return found;
  }
  return null;
}

/** The argument or input-object field a node of the document stands under (its parent last). */
function fieldOf(ancestors: readonly (ASTNode | readonly ASTNode[])[], fallback: string): string {
  for (let i = ancestors.length - 1; i >= 0; i--) {
    const node = ancestors[i];
    if (!node || Array.isArray(node)) continue;
    const { kind } = node as ASTNode;
    if (kind !== Kind.OBJECT_FIELD && kind !== Kind.ARGUMENT) continue;
    const name = (node as { name: { value: string } }).name.value;
    if (kind === Kind.ARGUMENT || !FILTER_OPERATORS.has(name)) return name;
  }
  return fallback;
}

/**
 * The first input field of an operation that holds a control character: in a string literal
 * of the document, or anywhere in a variable's value (a JSON argument's keys name the field),
 * named by the argument or input field it is given to.
 */
export function controlCharacterField(document: DocumentNode, variables: Record<string, unknown> | null | undefined): string | null {
  let found: string | null = null;
  const checked = new Set<string>();
  visit(document, {
    StringValue(node, _key, parent, _path, ancestors) {
      if (!found && hasControlCharacter(node.value)) found = fieldOf([...ancestors, parent ?? []], 'query');
    },
    Variable(node, _key, parent, _path, ancestors) {
      const name = node.name.value;
      // The definition names no field; its uses do.
      if (found || checked.has(name) || (parent && !Array.isArray(parent) && (parent as ASTNode).kind === Kind.VARIABLE_DEFINITION)) return;
      checked.add(name);
      found = findIn(variables?.[name], fieldOf([...ancestors, parent ?? []], name));
    },
  });
  // Variables the document never uses are sent all the same: refused too.
  for (const [name, value] of Object.entries(variables ?? {})) found ??= checked.has(name) ? null : findIn(value, name);
  return found;
}

/**
 * Refuses an operation any of whose string inputs (variables, inline literals, arguments and
 * filters alike) holds a control character, with BAD_USER_INPUT naming the field, before a
 * resolver runs and so before anything reaches the database.
 */
export function useInputText(): Plugin<Context> {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const field = controlCharacterField(args.document, args.variableValues as Record<string, unknown> | null | undefined);
      if (field) setResultAndStopExecution({ errors: [badInput(field, messages.controlCharacter(field))] });
    },
  };
}
