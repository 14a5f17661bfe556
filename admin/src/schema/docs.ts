import type { IntrospectionEnumType } from 'graphql';
import { useResourceContext } from 'ra-core';
import { entityOf, isEnum, namedType, type Grammar } from '../data/grammar.ts';
import { useGrammar } from './useGrammar.ts';

/**
 * Help texts come from the API's descriptions, which come from the `///` docs in
 * schema.prisma: the form's own input description first (it says what to type), then the
 * record field's (it says what the value means).
 */
function fieldHelp(grammar: Grammar, resource: string, field: string): string | undefined {
  const entity = entityOf(grammar, resource);
  const fromInput = [entity.createInput, entity.updateInput]
    .flatMap((input) => input?.inputFields ?? [])
    .find((f) => f.name === field && f.description)?.description;
  return fromInput ?? entity.type.fields.find((f) => f.name === field)?.description ?? undefined;
}

/** The enum a record field holds, e.g. `WorkerRole` for `workers.role`. */
export function enumOfField(grammar: Grammar, resource: string, field: string): IntrospectionEnumType | undefined {
  const ref = entityOf(grammar, resource).type.fields.find((f) => f.name === field)?.type;
  const type = ref && grammar.type(namedType(ref).name);
  return isEnum(type) ? type : undefined;
}

/** `help('nik')` gives the help text of the current resource's `nik` field. */
export function useFieldHelp(resourceOverride?: string): (field: string) => string | undefined {
  const grammar = useGrammar();
  const resource = useResourceContext({ resource: resourceOverride });
  return (field) => (resource ? fieldHelp(grammar, resource, field) : undefined);
}

/** The description of the current resource's record type, e.g. what a PPKS is. */
export function useResourceHelp(): string | undefined {
  const grammar = useGrammar();
  const resource = useResourceContext();
  return resource ? (entityOf(grammar, resource).type.description ?? undefined) : undefined;
}
