import type { IntrospectionEnumType } from 'graphql';
import { useLocaleState, useResourceContext } from 'ra-core';
import { entityOf, isEnum, namedType, type Grammar } from '../data/grammar.ts';
import { indonesianHelp } from '../i18n/helpTexts.id.ts';
import { useGrammar } from './useGrammar.ts';

/**
 * Help texts come from the API's descriptions, which come from the `///` docs in
 * schema.prisma: the form's own input description first (it says what to type), then the
 * record field's (it says what the value means). In Indonesian, from i18n/helpTexts.id.ts under
 * the same key (`Beneficiary.nik`), which a test keeps complete.
 */
/** The Indonesian text of a help text the API gives in English, when the panel speaks Indonesian. */
function inLocale(key: string, english: string | undefined, locale: string): string | undefined {
  return english && locale === 'id' ? (indonesianHelp[key] ?? english) : english;
}

export function fieldHelp(grammar: Grammar, resource: string, field: string, locale = 'en'): string | undefined {
  const entity = entityOf(grammar, resource);
  const fromInput = [entity.createInput, entity.updateInput]
    .flatMap((input) => input?.inputFields ?? [])
    .find((f) => f.name === field && f.description)?.description;
  const english = fromInput ?? entity.type.fields.find((f) => f.name === field)?.description ?? undefined;
  return inLocale(`${entity.type.name}.${field}`, english, locale);
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
  const [locale] = useLocaleState();
  const resource = useResourceContext({ resource: resourceOverride });
  return (field) => (resource ? fieldHelp(grammar, resource, field, locale) : undefined);
}

/** The description of the current resource's record type, e.g. what a PPKS is. */
export function useResourceHelp(): string | undefined {
  const grammar = useGrammar();
  const [locale] = useLocaleState();
  const resource = useResourceContext();
  if (!resource) return undefined;
  const { type } = entityOf(grammar, resource);
  return inLocale(type.name, type.description ?? undefined, locale);
}
