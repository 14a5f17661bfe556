import type { IntrospectionInputObjectType } from 'graphql';
import { namedType } from './grammar.ts';

type Data = { [key: string]: unknown };

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * The part of form data a create or update input accepts: unknown keys (`id`, `version`,
 * relations, counts, `__typename`) dropped, and an emptied non-text input (`''` from a cleared
 * select or autocomplete) sent as null. Given `previous`, only the fields that changed are kept,
 * so an update never rewrites what the clerk did not touch.
 */
export function toInput(type: IntrospectionInputObjectType, data: Data, previous?: Data): Data {
  const input: Data = {};
  for (const field of type.inputFields) {
    if (!(field.name in data)) continue;
    let value = data[field.name];
    if (value === undefined) continue;
    if (value === '' && namedType(field.type).name !== 'String') value = null;
    // A write-only field the record does not carry (a new password), left empty, is no change.
    if (previous && !(field.name in previous) && (value === '' || value === null)) continue;
    if (previous && sameValue(value, previous[field.name])) continue;
    input[field.name] = value;
  }
  return input;
}
