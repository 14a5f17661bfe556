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
 * What a record carries (leaving out relations to the GraphQL types in `unreadable`), read from the entity's type: every scalar and enum field (ids,
 * foreign keys, `<relation>Count`), each to-one relation as `{ id <text fields> }` so lists and
 * exports can name it, and id lists for relations edited as ids.
 */
export function recordSelection(grammar: Grammar, entity: Entity, unreadable: ReadonlySet<string> = new Set()): string {
  const parts: string[] = [];
  // Relations (and their `<relation>Count`) to entities the caller's role may not read: the
  // server refuses them (FORBIDDEN), which would fail the whole record.
  const typeOf = (name: string) => entity.type.fields.find((f) => f.name === name)?.type;
  const hidden = (field: IntrospectionField) => {
    const relation = field.name.endsWith('Count') ? typeOf(field.name.slice(0, -'Count'.length)) : field.type;
    return !!relation && unreadable.has(namedType(relation).name);
  };
  for (const field of entity.type.fields) {
    if (requiresArguments(field) || hidden(field)) continue;
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
