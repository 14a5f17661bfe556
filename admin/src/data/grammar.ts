import type {
  IntrospectionEnumType,
  IntrospectionField,
  IntrospectionInputObjectType,
  IntrospectionInputTypeRef,
  IntrospectionInputValue,
  IntrospectionNamedTypeRef,
  IntrospectionObjectType,
  IntrospectionOutputTypeRef,
  IntrospectionSchema,
  IntrospectionType,
} from 'graphql';

/**
 * The server's CRUD grammar, read from introspection: for every entity `E` listed as `es`, the
 * operations `e`, `es`, `esCount`, `createE`, `updateE`, `deleteE`, `restoreE` and the input
 * types they take. Nothing here names an entity: adding one on the server adds it here.
 */
export interface Entity {
  /** The list field, also the react-admin resource name, e.g. `beneficiaries`. */
  resource: string;
  type: IntrospectionObjectType;
  one: IntrospectionField;
  many: IntrospectionField;
  count: IntrospectionField;
  create?: IntrospectionField;
  update?: IntrospectionField;
  remove?: IntrospectionField;
  restore?: IntrospectionField;
  where: IntrospectionInputObjectType;
  createInput?: IntrospectionInputObjectType;
  updateInput?: IntrospectionInputObjectType;
  /** Fields the list may be sorted by. */
  sortable: ReadonlySet<string>;
  /** Non-null text fields: what `q` searches and what names a record in a relation. */
  textFields: readonly string[];
  /**
   * Personal data (NIK, No. KK, phone, address): masked for some roles, who may then neither
   * filter, sort nor search on it. Read from what `revealPersonalData` shows in clear.
   */
  personalFields: ReadonlySet<string>;
}

export interface Grammar {
  schema: IntrospectionSchema;
  entities: ReadonlyMap<string, Entity>;
  /** Entities by GraphQL type name, e.g. `Beneficiary`. */
  byType: ReadonlyMap<string, Entity>;
  type(name: string): IntrospectionType | undefined;
}

/** The named type under any list / non-null wrappers. */
export function namedType(ref: IntrospectionOutputTypeRef | IntrospectionInputTypeRef): IntrospectionNamedTypeRef {
  let current = ref;
  while (current.kind === 'LIST' || current.kind === 'NON_NULL') current = current.ofType;
  return current;
}

export function isList(ref: IntrospectionOutputTypeRef | IntrospectionInputTypeRef): boolean {
  const inner = ref.kind === 'NON_NULL' ? ref.ofType : ref;
  return inner.kind === 'LIST';
}

/** The type as written in a variable declaration, e.g. `[BeneficiaryOrderByInput!]`. */
export function typeText(ref: IntrospectionInputTypeRef): string {
  if (ref.kind === 'NON_NULL') return `${typeText(ref.ofType)}!`;
  if (ref.kind === 'LIST') return `[${typeText(ref.ofType)}]`;
  return ref.name;
}

const cache = new WeakMap<IntrospectionSchema, Grammar>();

/** Reads the grammar from an introspection result; computed once per schema. */
export function grammarOf(schema: IntrospectionSchema): Grammar {
  let grammar = cache.get(schema);
  if (!grammar) {
    grammar = readGrammar(schema);
    cache.set(schema, grammar);
  }
  return grammar;
}

function readGrammar(schema: IntrospectionSchema): Grammar {
  const types = new Map(schema.types.map((t) => [t.name, t]));
  const object = (name: string | undefined) => {
    const t = name ? types.get(name) : undefined;
    return t?.kind === 'OBJECT' ? t : undefined;
  };
  const input = (name: string | undefined) => {
    const t = name ? types.get(name) : undefined;
    return t?.kind === 'INPUT_OBJECT' ? t : undefined;
  };
  const query = object(schema.queryType.name);
  const mutation = object(schema.mutationType?.name);
  if (!query) throw new Error('The schema has no Query type');
  const queryField = (name: string) => query.fields.find((f) => f.name === name);
  const mutationField = (name: string) => mutation?.fields.find((f) => f.name === name);
  const argType = (field: IntrospectionField | undefined, arg: string) =>
    field?.args.find((a) => a.name === arg)?.type;

  const personal = personalDataFields(types, mutationField('revealPersonalData'));
  const entities = new Map<string, Entity>();
  for (const many of query.fields) {
    const where = input(argType(many, 'where') && namedType(argType(many, 'where')!).name);
    const type = object(namedType(many.type).name);
    const count = queryField(`${many.name}Count`);
    if (!where || !type || !isList(many.type) || !count) continue;
    const one = query.fields.find((f) => !isList(f.type) && namedType(f.type).name === type.name && argType(f, 'id'));
    if (!one) continue;
    const create = mutationField(`create${type.name}`);
    const update = mutationField(`update${type.name}`);
    const orderBy = input(argType(many, 'orderBy') && namedType(argType(many, 'orderBy')!).name);
    const dataInput = (field: IntrospectionField | undefined) => {
      const ref = argType(field, 'data');
      return ref ? input(namedType(ref).name) : undefined;
    };
    entities.set(many.name, {
      resource: many.name,
      type,
      one,
      many,
      count,
      create,
      update,
      remove: mutationField(`delete${type.name}`),
      restore: mutationField(`restore${type.name}`),
      where,
      createInput: dataInput(create),
      updateInput: dataInput(update),
      sortable: new Set(orderBy?.inputFields.map((f) => f.name) ?? []),
      textFields: textFieldsOf(type),
      personalFields: new Set(personal.get(type.name) ?? []),
    });
  }
  return {
    schema,
    entities,
    byType: new Map([...entities.values()].map((e) => [e.type.name, e])),
    type: (name) => types.get(name),
  };
}

/**
 * The personal fields of each type `revealPersonalData` takes (its `entity` enum): the fields of
 * what it returns that the type also has, e.g. Worker: nik, phone.
 */
function personalDataFields(
  types: ReadonlyMap<string, IntrospectionType>,
  reveal: IntrospectionField | undefined,
): ReadonlyMap<string, string[]> {
  const entityArg = reveal?.args.find((a) => a.name === 'entity');
  const kinds = entityArg && types.get(namedType(entityArg.type).name);
  const shown = reveal && types.get(namedType(reveal.type).name);
  if (!isEnum(kinds) || shown?.kind !== 'OBJECT') return new Map();
  const revealed = shown.fields.map((f) => f.name).filter((name) => name !== 'id' && name !== 'entity');
  return new Map(
    kinds.enumValues.map((value) => {
      const type = types.get(value.name);
      const own = type?.kind === 'OBJECT' ? new Set(type.fields.map((f) => f.name)) : new Set<string>();
      return [value.name, revealed.filter((name) => own.has(name))];
    }),
  );
}

function textFieldsOf(type: IntrospectionObjectType): string[] {
  return type.fields
    .filter((f) => f.type.kind === 'NON_NULL' && f.type.ofType.kind === 'SCALAR' && f.type.ofType.name === 'String')
    .map((f) => f.name);
}

/** The fields of an input object by name. */
export function inputFields(type: IntrospectionInputObjectType | undefined): ReadonlyMap<string, IntrospectionInputValue> {
  return new Map(type?.inputFields.map((f) => [f.name, f]) ?? []);
}

export function entityOf(grammar: Grammar, resource: string): Entity {
  const entity = grammar.entities.get(resource);
  if (!entity) throw new Error(`Unknown resource "${resource}": the API has no list field of that name`);
  return entity;
}

export function isEnum(type: IntrospectionType | undefined): type is IntrospectionEnumType {
  return type?.kind === 'ENUM';
}
