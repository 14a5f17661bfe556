import type { IntrospectionField } from 'graphql';
import { inputFields, isList, namedType, type Entity, type Grammar } from './grammar.ts';

/** The most ids a relation edited as an id list may hold in one read (the API's page cap). */
const ID_LIST_TAKE = 500;

function requiresArguments(field: IntrospectionField): boolean {
  return field.args.some((a) => a.type.kind === 'NON_NULL' && a.defaultValue === null);
}

/**
 * To-many relations that forms edit as a list of ids: an input field `servedDistrictIds`
 * paired with the list field `servedDistricts`. Returns [idsField, listField] pairs.
 */
export function idListFields(entity: Entity): [string, string][] {
  const inputs = new Map([...inputFields(entity.createInput), ...inputFields(entity.updateInput)]);
  return [...inputs.keys()]
    .filter((name) => name.endsWith('Ids'))
    .map((name): [string, string] => [name, `${name.slice(0, -3)}s`])
    .filter(([, list]) => entity.type.fields.some((f) => f.name === list && isList(f.type)));
}

/**
 * What a record carries, read from the entity's type: every scalar and enum field (ids,
 * foreign keys, `<relation>Count`), each to-one relation as `{ id <text fields> }` so lists and
 * exports can name it, and id lists for relations edited as ids.
 */
export function recordSelection(grammar: Grammar, entity: Entity): string {
  const parts: string[] = [];
  for (const field of entity.type.fields) {
    if (requiresArguments(field)) continue;
    const target = grammar.type(namedType(field.type).name);
    if (target?.kind === 'SCALAR' || target?.kind === 'ENUM') {
      parts.push(field.name);
    } else if (target?.kind === 'OBJECT' && !isList(field.type)) {
      const labels = grammar.byType.get(target.name)?.textFields ?? [];
      parts.push(`${field.name} { ${['id', ...labels].join(' ')} }`);
    }
  }
  for (const [ids, list] of idListFields(entity)) parts.push(`${ids}: ${list}(take: ${ID_LIST_TAKE}) { id }`);
  return `{ ${parts.join(' ')} }`;
}
