import { builder } from '../builder.ts';
import { badInput } from './errors.ts';
import { parseId } from './ids.ts';
import { model, type ModelField } from './datamodel.ts';
import { openPolicy, within, type FilterPolicy } from '../auth/policy.ts';
import { userError } from './errors.ts';
import { messages } from './messages.ts';

/**
 * The `where` and `orderBy` grammar of every entity, derived from the Prisma datamodel so it
 * follows Prisma's shape: per-field operators, `is`/`isNot` on to-one relations,
 * `some`/`every`/`none` on to-many relations, `AND`/`OR`/`NOT`.
 */

type Where = Record<string, unknown>;

export const SortOrder = builder.enumType('SortOrder', {
  values: { asc: { value: 'asc' }, desc: { value: 'desc' } } as const,
});

const comparable = ['equals', 'in', 'notIn', 'lt', 'lte', 'gt', 'gte'] as const;

function scalarFilter(name: string, type: 'String' | 'Int' | 'Float' | 'DateTime' | 'ID' | 'Boolean', ops: readonly string[], description: string) {
  const ref = builder.inputRef<Where>(name);
  ref.implement({
    description,
    fields: (t) => {
      const fields: Record<string, ReturnType<typeof t.field>> = {};
      for (const op of ops) {
        fields[op] = op === 'in' || op === 'notIn' ? t.field({ type: [type] }) : t.field({ type });
      }
      fields.not = t.field({ type: ref, description: 'Negates the nested filter; `not: null` means the field has a value.' });
      return fields as never;
    },
  });
  return ref;
}

const scalarFilters = {
  String: scalarFilter('StringFilter', 'String', [...comparable, 'contains', 'startsWith', 'endsWith'], 'Text filter; contains, startsWith and endsWith ignore case.'),
  Int: scalarFilter('IntFilter', 'Int', comparable, 'Whole-number filter.'),
  Float: scalarFilter('FloatFilter', 'Float', comparable, 'Number filter.'),
  DateTime: scalarFilter('DateTimeFilter', 'DateTime', comparable, 'Date and time filter; a plain date (YYYY-MM-DD) means midnight UTC.'),
  ID: scalarFilter('IDFilter', 'ID', ['equals', 'in', 'notIn'], 'Record-id filter.'),
  Boolean: scalarFilter('BooleanFilter', 'Boolean', ['equals'], 'Yes/no filter.'),
};

const enumFilters = new Map<string, ReturnType<typeof scalarFilter>>();
function enumFilter(enumName: string) {
  let ref = enumFilters.get(enumName);
  if (!ref) {
    const filter = builder.inputRef<Where>(`${enumName}Filter`);
    filter.implement({
      fields: (t) => ({
        equals: t.field({ type: enumName as never }),
        in: t.field({ type: [enumName as never] }),
        notIn: t.field({ type: [enumName as never] }),
        not: t.field({ type: filter }),
      }),
    });
    ref = filter;
    enumFilters.set(enumName, ref);
  }
  return ref;
}

const whereRefs = new Map<string, ReturnType<typeof builder.inputRef<Where>>>();
const orderByRefs = new Map<string, ReturnType<typeof builder.inputRef<Where>>>();

function whereRef(modelName: string) {
  let ref = whereRefs.get(modelName);
  if (!ref) {
    ref = builder.inputRef<Where>(`${modelName}WhereInput`);
    whereRefs.set(modelName, ref);
  }
  return ref;
}

/** JSON fields that hold a list of strings, filterable by one element (`has`); other JSON is not filterable. */
const JSON_LISTS = new Set(['AuditEvent.recordIds']);
const jsonListFilter = builder.inputRef<Where>('JsonListFilter');
jsonListFilter.implement({
  description: 'Filter on a list of strings kept as JSON.',
  fields: (t) => ({ has: t.string({ description: 'The list contains this string, e.g. "Beneficiary:12".' }) }),
});

function fieldFilter(modelName: string, field: ModelField) {
  const info = model(modelName);
  if (field.type === 'Json') return jsonListFilter;
  if (field.kind === 'enum') return enumFilter(field.type);
  if (field.kind === 'object') return field.isList ? listRelationFilter(field.type) : relationFilter(field.type);
  if (info.idFields.has(field.name)) return scalarFilters.ID;
  const filter = scalarFilters[field.type as keyof typeof scalarFilters];
  if (!filter) throw new Error(`No filter for ${modelName}.${field.name}: ${field.type}`);
  return filter;
}

const relationRefs = new Map<string, ReturnType<typeof builder.inputRef<Where>>>();
function relationFilter(target: string) {
  const key = `${target}RelationFilter`;
  let ref = relationRefs.get(key);
  if (!ref) {
    ref = builder.inputRef<Where>(key);
    const where = whereRef(target);
    ref.implement({
      description: `Filter on a related ${target}.`,
      fields: (t) => ({ is: t.field({ type: where }), isNot: t.field({ type: where }) }),
    });
    relationRefs.set(key, ref);
  }
  return ref;
}
function listRelationFilter(target: string) {
  const key = `${target}ListRelationFilter`;
  let ref = relationRefs.get(key);
  if (!ref) {
    ref = builder.inputRef<Where>(key);
    const where = whereRef(target);
    ref.implement({
      description: `Filter on related ${target} records (records in the trash are left out).`,
      fields: (t) => ({
        some: t.field({ type: where, description: 'At least one related record matches.' }),
        every: t.field({ type: where, description: 'Every related record matches.' }),
        none: t.field({ type: where, description: 'No related record matches.' }),
      }),
    });
    relationRefs.set(key, ref);
  }
  return ref;
}

/** Never filterable or sortable: secrets, and the accounts behind the registry. */
const SECRET_FIELDS = new Set(['passwordHash', 'tokenHash']);
const ACCOUNT_MODELS = new Set(['User', 'UserSession', 'ApiToken', 'AuditEvent']);

function filterable(modelName: string, field: ModelField): boolean {
  if (SECRET_FIELDS.has(field.name)) return false;
  if (field.type === 'Json') return JSON_LISTS.has(`${modelName}.${field.name}`);
  if (field.kind !== 'object') return true;
  // Relations only to entities that have their own filter in the API (checked when the schema
  // is built, after every module has registered), and never into the accounts.
  return orderByRefs.has(field.type) && (!ACCOUNT_MODELS.has(field.type) || (modelName === 'User' && field.type === 'Region'));
}

/** Registers `<Model>WhereInput` and `<Model>OrderByInput` for a model; returns their refs. */
export function filterInputs(modelName: string) {
  const info = model(modelName);
  const where = whereRef(modelName);
  if (!orderByRefs.has(modelName)) {
    where.implement({
      description: `Filter for ${modelName} records, in Prisma's shape.`,
      fields: (t) => {
        const fields: Record<string, ReturnType<typeof t.field>> = {
          AND: t.field({ type: [where] }),
          OR: t.field({ type: [where] }),
          NOT: t.field({ type: [where] }),
        };
        for (const field of info.fields) {
          if (!filterable(modelName, field)) continue;
          fields[field.name] = t.field({ type: fieldFilter(modelName, field) as never, ...(field.documentation ? { description: field.documentation } : {}) });
        }
        return fields as never;
      },
    });
    const orderBy = builder.inputRef<Where>(`${modelName}OrderByInput`);
    orderBy.implement({
      description: `Sort order for ${modelName} lists: one field per entry; ties are broken by id.`,
      fields: (t) =>
        Object.fromEntries(
          info.fields
            .filter((f) => f.kind !== 'object' && !f.isList && f.type !== 'Json' && filterable(modelName, f))
            .map((f) => [f.name, t.field({ type: SortOrder })]),
        ),
    });
    orderByRefs.set(modelName, orderBy);
  }
  return { where, orderBy: orderByRefs.get(modelName)! };
}

const TEXT_MATCH = ['contains', 'startsWith', 'endsWith'];

/** The operators of the field filters: not fields themselves (an error names the field they filter). */
export const FILTER_OPERATORS: ReadonlySet<string> = new Set([...comparable, ...TEXT_MATCH, 'not', 'has', 'is', 'isNot', 'some', 'every', 'none']);

/**
 * A text match is a LIKE pattern in Prisma's SQL (`ILIKE '%' || value || '%'`) and in
 * where-sql.ts: `%`, `_` and `\` in the value are escaped (with LIKE's default escape, the
 * backslash), so `contains: "%"` finds the records holding a percent sign, not every record.
 */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/**
 * Bounds on what a filter may ask of the database. Nesting: the deepest filter the admin or a
 * dashboard builds is 4–5 levels; a few hundred levels make Prisma fail or PostgreSQL's planner
 * work for seconds. Text: the longest text any record stores is 2,000 characters, and a
 * case-insensitive `contains` with a pattern of a megabyte scans a million rows for minutes.
 * Lists: PostgreSQL takes at most 65,535 parameters per statement, and every list value is one:
 * at most 1,000 in one list, and 10,000 values in all the lists (and AND/OR/NOT entries) of one
 * filter, and of all the filters of one request (lib/filter-values.ts), which leaves room for
 * the statement's own parameters.
 */
export const FILTER_LIMITS = { depth: 10, text: 2_000, list: 1_000, values: 10_000 } as const;

/** How many list values a filter holds at any depth (each is a bound parameter, or more), and its longest list. */
export function filterValueCount(value: unknown, depth = 0): { values: number; longest: number } {
  if (!value || typeof value !== 'object' || depth > 100) return { values: 0, longest: 0 };
  const items = Array.isArray(value) ? value : Object.values(value);
  const own = Array.isArray(value) ? value.length : 0;
  return items.reduce<{ values: number; longest: number }>(
    (sum, item) => {
      const inner = filterValueCount(item, depth + 1);
      return { values: sum.values + inner.values, longest: Math.max(sum.longest, inner.longest) };
    },
    { values: own, longest: own },
  );
}

/** Refuses a filter whose lists hold more values than FILTER_LIMITS.values in all. */
export function checkValueCount(count: number): void {
  if (count > FILTER_LIMITS.values) throw badInput('where', messages.tooManyFilterValues(FILTER_LIMITS.values, count));
}

function checkValue(field: string, value: unknown): void {
  if (typeof value === 'string' && value.length > FILTER_LIMITS.text) throw badInput(field, messages.filterValueTooLong(FILTER_LIMITS.text));
  if (Array.isArray(value)) {
    if (value.length > FILTER_LIMITS.list) throw badInput(field, messages.filterListTooLong(FILTER_LIMITS.list));
    for (const item of value) checkValue(field, item);
  }
}

function checkDepth(depth: number): void {
  if (depth > FILTER_LIMITS.depth) throw badInput('where', messages.filterTooDeep(FILTER_LIMITS.depth));
}

function mapScalar(modelName: string, field: ModelField, filter: unknown, depth: number): unknown {
  if (filter === null || typeof filter !== 'object') return filter;
  checkDepth(depth);
  if (field.type === 'Json') {
    // `{ has: "Beneficiary:12" }` → PostgreSQL's jsonb containment (`@>`), which a GIN index serves.
    const { has } = filter as { has?: string | null };
    checkValue(field.name, has);
    return has === undefined || has === null ? undefined : { array_contains: [has] };
  }
  const isId = model(modelName).idFields.has(field.name);
  const out: Where = {};
  for (const [op, value] of Object.entries(filter as Where)) {
    if (value === undefined) continue;
    checkValue(field.name, value);
    if (op === 'not') {
      const nested = value === null ? null : (mapScalar(modelName, field, value, depth + 1) as Where);
      // Prisma takes `mode` on the outer filter only (its nested filter has none; the nested
      // text match inherits it), so an inner `mode` moves out.
      if (nested && typeof nested === 'object' && 'mode' in nested) {
        const { mode, ...rest } = nested;
        out.mode = mode;
        out.not = rest;
      } else out.not = nested;
    }
    else if (isId && value !== null) {
      out[op] = Array.isArray(value) ? value.map((v) => parseId(v as string, field.name)) : parseId(value as string, field.name);
    } else if (TEXT_MATCH.includes(op) && typeof value === 'string') out[op] = escapeLike(value);
    else out[op] = value;
  }
  if (field.type === 'String' && TEXT_MATCH.some((op) => out[op] !== undefined)) out.mode = 'insensitive';
  return out;
}

function mentionsDeletedAt(where: unknown): boolean {
  return !!where && typeof where === 'object' && 'deletedAt' in (where as Where);
}

/** Live records only, unless the filter itself speaks of `deletedAt`. */
function live(where: Where | undefined, modelName?: string): Where {
  if (modelName && !model(modelName).byName.has('deletedAt')) return where ?? {};
  if (!where) return { deletedAt: null };
  return mentionsDeletedAt(where) ? where : { AND: [where, { deletedAt: null }] };
}

/**
 * Maps a GraphQL `where` to Prisma's: ids parsed, text matches made case-insensitive, relation
 * filters restricted to records the caller may see (and, for to-many relations, not in the
 * trash), and filters on fields the caller may not read refused.
 */
export function toPrismaWhere(modelName: string, where: Where | null | undefined, policy: FilterPolicy = openPolicy, depth = 0): Where | undefined {
  if (!where) return undefined;
  checkDepth(depth);
  if (depth === 0) {
    // A list over its own bound is refused below, with the message that says so.
    const { values, longest } = filterValueCount(where);
    if (longest <= FILTER_LIMITS.list) checkValueCount(values);
  }
  const info = model(modelName);
  const out: Where = {};
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === 'AND' || key === 'OR' || key === 'NOT') {
      if (value === null) throw badInput(key, messages.nullList(key));
      checkValue(key, value);
      out[key] = (value as Where[]).map((w) => toPrismaWhere(modelName, w, policy, depth + 1) ?? {});
      continue;
    }
    const field = info.byName.get(key);
    if (!field) throw badInput(key, messages.unknownFilter(key, modelName));
    if (policy.hidden(modelName, key)) throw userError('FORBIDDEN', messages.hiddenField(key), { field: key });
    if (field.kind !== 'object') {
      out[key] = mapScalar(modelName, field, value, depth + 1);
    } else if (value !== null) {
      const scope = policy.scope(field.type);
      const rel: Where = {};
      for (const [op, nested] of Object.entries(value as Where)) {
        if (nested === undefined) continue;
        const mapped = nested === null ? null : (toPrismaWhere(field.type, nested as Where, policy, depth + 1) ?? {});
        if (!field.isList) rel[op] = mapped === null ? null : within(mapped, scope);
        else if (op === 'every') {
          // every visible, live related record matches: the others are skipped
          const trash = model(field.type).byName.has('deletedAt');
          const skipped = [...(trash ? [{ deletedAt: { not: null } }] : []), ...(scope ? [{ NOT: scope }] : [])];
          rel[op] = (mentionsDeletedAt(nested) || !trash) && !scope ? mapped : { OR: [...skipped, mapped ?? {}] };
        } else rel[op] = within(live(mapped ?? undefined, field.type), scope);
      }
      out[key] = rel;
    }
  }
  return out;
}

/** The list-level filter: the mapped `where` within the caller's scope, live records only unless asked otherwise. */
export function listWhere(
  modelName: string,
  where: Where | null | undefined,
  includeDeleted = false,
  policy: FilterPolicy = openPolicy,
): Where {
  const mapped = toPrismaWhere(modelName, where, policy);
  return within(includeDeleted ? mapped : live(mapped, modelName), policy.scope(modelName));
}

/** Maps `orderBy` entries (one field each, several allowed) and appends the id tie-break. */
export function toPrismaOrderBy(modelName: string, orderBy: Where[] | null | undefined, policy: FilterPolicy = openPolicy): Where[] {
  const out: Where[] = [];
  for (const entry of orderBy ?? []) {
    for (const [field, dir] of Object.entries(entry)) {
      if (dir === undefined || dir === null) continue;
      if (!model(modelName).byName.has(field)) throw badInput('orderBy', messages.unknownSort(modelName, field));
      if ((policy.unsortable ?? policy.hidden)(modelName, field)) throw userError('FORBIDDEN', messages.hiddenField(field), { field });
      out.push({ [field]: dir });
    }
  }
  if (!out.some((o) => 'id' in o)) out.push({ id: 'asc' });
  return out;
}
