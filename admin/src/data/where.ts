import type { IntrospectionInputObjectType, IntrospectionObjectType } from 'graphql';
import { namedType, type Entity, type Grammar } from './grammar.ts';

/** A `where` in the server's (Prisma's) shape. */
export type Where = { [key: string]: unknown };

/**
 * Operators a react-admin filter key may end with: `distributedOn_gte`, `role_in`,
 * `name_contains`, `deletedAt_exists`, `recordIds_has` (a JSON list holds the value). A key
 * without one means `equals` (`in` for an array).
 */
const OPERATORS = ['gte', 'lte', 'gt', 'lt', 'in', 'notIn', 'contains', 'startsWith', 'endsWith', 'exists', 'has'] as const;
type Operator = (typeof OPERATORS)[number] | 'equals';

const PLAIN_DATE = /^\d{4}-\d{2}-\d{2}$/;

function splitKey(key: string, where: IntrospectionInputObjectType): [string, Operator] {
  if (where.inputFields.some((f) => f.name === key)) return [key, 'equals'];
  const at = key.lastIndexOf('_');
  const op = key.slice(at + 1);
  if (at > 0 && (OPERATORS as readonly string[]).includes(op)) return [key.slice(0, at), op as Operator];
  return [key, 'equals'];
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0);
}

/** Midnight at the start of a calendar day in the clerk's time zone, as an ISO instant. */
function localMidnight(day: string, plusDays = 0): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return new Date(y, m - 1, d + plusDays).toISOString();
}

/**
 * A plain day on a DateTime field means the whole day where the clerk is (a session on
 * 21 May at 08:00 WIB is on 21 May), not midnight UTC.
 */
function dayOnInstantField(op: Operator, day: string): Where {
  switch (op) {
    case 'gte':
      return { gte: localMidnight(day) };
    case 'gt':
      return { gte: localMidnight(day, 1) };
    case 'lte':
      return { lt: localMidnight(day, 1) };
    case 'lt':
      return { lt: localMidnight(day) };
    default:
      return { gte: localMidnight(day), lt: localMidnight(day, 1) };
  }
}

function condition(op: Operator, value: unknown, isInstant: boolean): Where {
  if (op === 'exists') return value === true || value === 'true' ? { not: null } : { equals: null };
  if (isInstant && typeof value === 'string' && PLAIN_DATE.test(value)) return dayOnInstantField(op, value);
  if (op === 'equals' && Array.isArray(value)) return { in: value };
  if ((op === 'in' || op === 'notIn') && !Array.isArray(value)) return { [op]: [value] };
  return { [op]: value };
}

const NUMERIC = new Set(['Int', 'Float']);

/**
 * Inputs give text; a number filter (an audit event's `actorId` is an IntFilter) needs numbers.
 * Text that is no number is left for the server to refuse.
 */
function asFilterTypes(where: Where, filterType: IntrospectionInputObjectType | undefined): Where {
  if (!filterType) return where;
  const toNumber = (v: unknown) => (typeof v === 'string' && v.trim() !== '' && !Number.isNaN(Number(v)) ? Number(v) : v);
  return Object.fromEntries(
    Object.entries(where).map(([op, v]) => {
      const operand = filterType.inputFields.find((f) => f.name === op);
      if (!operand || !NUMERIC.has(namedType(operand.type).name)) return [op, v];
      return [op, Array.isArray(v) ? v.map(toNumber) : toNumber(v)];
    }),
  );
}

export interface WhereOptions {
  /**
   * The caller sees personal data masked: `q` leaves those fields out, as the server refuses a
   * filter on them (it would tell their value).
   */
  withoutPersonalData?: boolean;
}

interface Level {
  grammar: Grammar;
  type: IntrospectionObjectType;
  where: IntrospectionInputObjectType;
  options: WhereOptions;
}

/** The text fields of a type `q` may search for this caller. */
function searchable(level: Level, entity: Entity | undefined): string[] {
  // Only what the API filters on: a computed text (a saved query's `ownerName`) is no column.
  const fields = (entity?.textFields ?? []).filter((f) => level.where.inputFields.some((input) => input.name === f));
  return level.options.withoutPersonalData ? fields.filter((f) => !entity?.personalFields.has(f)) : [...fields];
}

const LOGICAL = new Set(['AND', 'OR', 'NOT']);

function relationLevel(level: Level, field: string): { level: Level; quantifier: 'is' | 'some' } | null {
  const filter = level.where.inputFields.find((f) => f.name === field);
  const target = level.type.fields.find((f) => f.name === field);
  if (!filter || !target) return null;
  const relationFilter = level.grammar.type(namedType(filter.type).name);
  const targetType = level.grammar.type(namedType(target.type).name);
  if (relationFilter?.kind !== 'INPUT_OBJECT' || targetType?.kind !== 'OBJECT') return null;
  const quantified = relationFilter.inputFields.find((f) => f.name === 'is' || f.name === 'some');
  const nestedWhere = quantified && level.grammar.type(namedType(quantified.type).name);
  if (!quantified || nestedWhere?.kind !== 'INPUT_OBJECT') return null;
  return {
    level: { ...level, type: targetType, where: nestedWhere },
    quantifier: quantified.name as 'is' | 'some',
  };
}

function textSearch(level: Level, entity: Entity | undefined, q: string): Where | null {
  const own = searchable(level, entity);
  if (own.length) return { OR: own.map((f) => ({ [f]: { contains: q } })) };
  // A record without text of its own (an attendance) is found by the text of what it links.
  const related = level.type.fields
    .filter((f) => f.type.kind === 'NON_NULL' && f.type.ofType.kind === 'OBJECT')
    .flatMap((f) => {
      const target = level.grammar.byType.get(namedType(f.type).name);
      const nested = target && relationLevel(level, f.name);
      const fields = nested ? searchable(nested.level, target) : [];
      return nested && fields.length ? [{ [f.name]: { [nested.quantifier]: { OR: fields.map((t) => ({ [t]: { contains: q } })) } } }] : [];
    });
  return related.length ? { OR: related } : null;
}

function mapLevel(level: Level, filter: Record<string, unknown>): Where {
  const where: Where = {};
  const entity = level.grammar.byType.get(level.type.name);
  for (const [key, value] of Object.entries(filter)) {
    // `OR: [{ id_in: [...] }, { parentId_in: [...] }]`: each part in the same filter language.
    // An empty list stays: `OR: []` matches nothing, as it should for a clerk without regions.
    if (LOGICAL.has(key) && Array.isArray(value)) {
      const parts = value.map((part) => mapLevel(level, part as Record<string, unknown>));
      // `q` adds to AND too; whichever comes first, both stay.
      where[key] = key === 'AND' ? [...((where.AND as Where[] | undefined) ?? []), ...parts] : parts;
      continue;
    }
    if (isEmpty(value)) continue;
    if (key === 'q') {
      const search = textSearch(level, entity, String(value).trim());
      if (search) where.AND = [...((where.AND as Where[] | undefined) ?? []), search];
      continue;
    }
    const [field, op] = splitKey(key, level.where);
    const filterField = level.where.inputFields.find((f) => f.name === field);
    if (!filterField) throw new Error(`Cannot filter ${level.type.name} by "${key}"`);
    const relation = relationLevel(level, field);
    if (relation && typeof value === 'object' && !Array.isArray(value)) {
      // react-admin turns a dotted filter source (`village.parentId`) into a nested object.
      const nested = mapLevel(relation.level, value as Record<string, unknown>);
      if (Object.keys(nested).length) where[field] = { [relation.quantifier]: nested };
      continue;
    }
    const objectField = level.type.fields.find((f) => f.name === field);
    const isInstant = !!objectField && namedType(objectField.type).name === 'DateTime';
    const filterType = level.grammar.type(namedType(filterField.type).name);
    const typed = asFilterTypes(condition(op, value, isInstant), filterType?.kind === 'INPUT_OBJECT' ? filterType : undefined);
    where[field] = { ...(where[field] as Where | undefined), ...typed };
  }
  return where;
}

/**
 * Maps react-admin filter values to the entity's `where`: suffixed keys become operators,
 * nested objects become relation filters (`is` for to-one, `some` for to-many), `AND`/`OR`/`NOT`
 * take lists of such filters, and `q` searches the entity's text fields case-insensitively
 * (without personal data for a caller who sees it masked).
 *
 * @example filterToWhere(grammar, beneficiaries, { village: { parentId: '5' }, q: 'sum' })
 * // { village: { is: { parentId: { equals: '5' } } }, AND: [{ OR: [{ kkNumber: { contains: 'sum' } }, …] }] }
 */
export function filterToWhere(grammar: Grammar, entity: Entity, filter: Record<string, unknown> | undefined, options: WhereOptions = {}): Where {
  return mapLevel({ grammar, type: entity.type, where: entity.where, options }, filter ?? {});
}
