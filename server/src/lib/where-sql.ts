import { Prisma } from '@pilar/db';
import { model, type ModelField } from './datamodel.ts';

type Where = Record<string, unknown>;
type Sql = Prisma.Sql;

/**
 * Translates a Prisma `where` (as produced by listWhere: the list's filter with the caller's
 * region scope and the live-records rule already in it) into a SQL condition on `alias`, so a
 * grouped statement filters exactly like the list and its count without loading ids into Node.
 *
 * It mirrors the SQL Prisma 7 itself generates for these filters (checked by comparing counts
 * in aggregate.api.test.ts): `contains`/`startsWith`/`endsWith` are (I)LIKE on the value as
 * filters.ts escaped it (`escapeLike`: `%`, `_` and `\` match themselves), `not`/`notIn` leave
 * NULLs out, `NOT: [a, b]` is `NOT a AND NOT b`, `isNot` also matches an absent relation,
 * `every` is "no related row fails". Identifiers come from the Prisma datamodel only; every
 * value is a bound parameter.
 */
export function whereToSql(modelName: string, where: Where | null | undefined, alias: string, names: AliasSource = aliasSource()): Sql {
  if (!where) return Prisma.sql`TRUE`;
  const info = model(modelName);
  const parts: Sql[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === 'AND') parts.push(allOf(list(value).map((w) => whereToSql(modelName, w, alias, names))));
    else if (key === 'OR') parts.push(anyOf(list(value).map((w) => whereToSql(modelName, w, alias, names))));
    else if (key === 'NOT') parts.push(allOf(list(value).map((w) => Prisma.sql`NOT (${whereToSql(modelName, w, alias, names)})`)));
    else {
      const field = info.byName.get(key);
      if (!field) throw new Error(`Unknown field ${modelName}.${key}`);
      parts.push(field.kind === 'object' ? relationSql(modelName, field, value, alias, names) : scalarSql(field, column(alias, field.name), value));
    }
  }
  return allOf(parts);
}

/** Fresh table aliases for nested subqueries (`w1`, `w2`, …). */
export interface AliasSource {
  next(): string;
}
export function aliasSource(prefix = 'w'): AliasSource {
  let n = 0;
  return { next: () => `${prefix}${++n}` };
}

/** `"alias"."column"`; both come from the datamodel or the caller's code, never from input. */
export function column(alias: string, name: string): Sql {
  return Prisma.raw(`${ident(alias)}.${ident(name)}`);
}

export function ident(name: string): string {
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new Error(`Not an identifier: ${name}`);
  return `"${name}"`;
}

function list(value: unknown): Where[] {
  if (value === null) return [];
  return (Array.isArray(value) ? value : [value]) as Where[];
}

function allOf(parts: Sql[]): Sql {
  if (!parts.length) return Prisma.sql`TRUE`;
  return parts.length === 1 ? parts[0]! : Prisma.sql`(${Prisma.join(parts, ' AND ')})`;
}

function anyOf(parts: Sql[]): Sql {
  if (!parts.length) return Prisma.sql`FALSE`;
  return parts.length === 1 ? parts[0]! : Prisma.sql`(${Prisma.join(parts, ' OR ')})`;
}

/** A bound value with the column's SQL type, so PostgreSQL compares like with like. */
function param(field: ModelField, value: unknown): Sql {
  if (field.kind === 'enum') return Prisma.sql`${String(value)}::${Prisma.raw(ident(field.type))}`;
  switch (field.type) {
    case 'Int':
      return Prisma.sql`${value}::int4`;
    case 'Float':
      return Prisma.sql`${value}::float8`;
    case 'Boolean':
      return Prisma.sql`${value}::bool`;
    case 'DateTime': {
      // UTC wall time, left untyped so PostgreSQL reads it as the column's type: a time of day
      // is dropped against a `date` column, as in Prisma's own statements.
      const date = value instanceof Date ? value : new Date(String(value));
      return Prisma.sql`${date.toISOString().replace('T', ' ').replace('Z', '')}`;
    }
    default:
      return Prisma.sql`${String(value)}::text`;
  }
}

/** PostgreSQL's default, stated: the escape character of the patterns filters.ts escapes. */
const LIKE_ESCAPE = Prisma.raw(`ESCAPE '\\'`);

const COMPARE: Record<string, string> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

function scalarSql(field: ModelField, col: Sql, filter: unknown): Sql {
  if (filter === null) return Prisma.sql`${col} IS NULL`;
  if (typeof filter !== 'object' || filter instanceof Date) return Prisma.sql`${col} = ${param(field, filter)}`;
  const f = filter as Where;
  const insensitive = f.mode === 'insensitive';
  const like = Prisma.raw(insensitive ? 'ILIKE' : 'LIKE');
  const parts: Sql[] = [];
  for (const [op, value] of Object.entries(f)) {
    if (value === undefined || op === 'mode') continue;
    if (op === 'equals') parts.push(value === null ? Prisma.sql`${col} IS NULL` : Prisma.sql`${col} = ${param(field, value)}`);
    else if (op === 'in') {
      const values = value as unknown[];
      parts.push(values.length ? Prisma.sql`${col} IN (${Prisma.join(values.map((v) => param(field, v)))})` : Prisma.sql`FALSE`);
    } else if (op === 'notIn') {
      const values = value as unknown[];
      parts.push(values.length ? Prisma.sql`${col} NOT IN (${Prisma.join(values.map((v) => param(field, v)))})` : Prisma.sql`TRUE`);
    } else if (COMPARE[op]) parts.push(Prisma.sql`${col} ${Prisma.raw(COMPARE[op])} ${param(field, value)}`);
    else if (op === 'contains') parts.push(Prisma.sql`${col} ${like} ('%' || ${String(value)}::text || '%') ${LIKE_ESCAPE}`);
    else if (op === 'startsWith') parts.push(Prisma.sql`${col} ${like} (${String(value)}::text || '%') ${LIKE_ESCAPE}`);
    else if (op === 'endsWith') parts.push(Prisma.sql`${col} ${like} ('%' || ${String(value)}::text) ${LIKE_ESCAPE}`);
    else if (op === 'not') {
      if (value === null) parts.push(Prisma.sql`${col} IS NOT NULL`);
      else if (typeof value === 'object' && !(value instanceof Date)) {
        // A nested filter inherits the outer case-insensitivity, as in Prisma.
        const nested = insensitive ? { ...(value as Where), mode: 'insensitive' } : value;
        parts.push(Prisma.sql`NOT (${scalarSql(field, col, nested)})`);
      } else parts.push(Prisma.sql`${col} <> ${param(field, value)}`);
    } else throw new Error(`Unsupported filter operator ${op}`);
  }
  return allOf(parts);
}

interface Link {
  /** The related table. */
  table: string;
  /** The SQL joining a related row (aliased `inner`) to the outer row, plus any join table. */
  from(inner: string, outer: string, names: AliasSource): { from: Sql; on: Sql };
}

/** How the rows of a relation field are reached from the outer row. */
function link(modelName: string, field: ModelField): Link {
  const target = model(field.type);
  const fk = field.relationFromFields?.[0];
  if (!field.isList && fk) {
    return { table: field.type, from: (inner, outer) => ({ from: tableAs(field.type, inner), on: Prisma.sql`${column(inner, 'id')} = ${column(outer, fk)}` }) };
  }
  const opposite = target.fields.find(
    (f) => f.kind === 'object' && f.type === modelName && (f as ModelField & { relationName?: string }).relationName === relationName(field) && f !== field,
  );
  if (!opposite) throw new Error(`No opposite field for ${modelName}.${field.name}`);
  const backFk = opposite.relationFromFields?.[0];
  if (backFk) {
    return { table: field.type, from: (inner, outer) => ({ from: tableAs(field.type, inner), on: Prisma.sql`${column(inner, backFk)} = ${column(outer, 'id')}` }) };
  }
  if (field.isList && opposite.isList) {
    // Implicit many-to-many: table `_<relation>`, column A for the model whose name sorts first.
    const joinTable = `_${relationName(field)}`;
    const [mine, theirs] = modelName < field.type ? ['A', 'B'] : ['B', 'A'];
    return {
      table: field.type,
      from: (inner, outer, names) => {
        const j = names.next();
        return {
          from: Prisma.sql`${tableAs(joinTable, j)} JOIN ${tableAs(field.type, inner)} ON ${column(inner, 'id')} = ${column(j, theirs)}`,
          on: Prisma.sql`${column(j, mine)} = ${column(outer, 'id')}`,
        };
      },
    };
  }
  throw new Error(`Unsupported relation ${modelName}.${field.name}`);
}

function relationName(field: ModelField): string {
  return (field as ModelField & { relationName?: string }).relationName ?? '';
}

function tableAs(table: string, alias: string): Sql {
  return Prisma.raw(`${ident(table)} AS ${ident(alias)}`);
}

function exists(l: Link, outer: string, names: AliasSource, condition: (inner: string) => Sql): Sql {
  const inner = names.next();
  const { from, on } = l.from(inner, outer, names);
  return Prisma.sql`EXISTS (SELECT 1 FROM ${from} WHERE ${on} AND ${condition(inner)})`;
}

function relationSql(modelName: string, field: ModelField, filter: unknown, alias: string, names: AliasSource): Sql {
  const l = link(modelName, field);
  if (!field.isList) {
    const fk = field.relationFromFields?.[0];
    if (!fk) throw new Error(`${modelName}.${field.name}: a to-one relation without a foreign key on this side`);
    if (filter === null) return Prisma.sql`${column(alias, fk)} IS NULL`;
    const f = filter as Where;
    const ops = Object.keys(f).every((k) => k === 'is' || k === 'isNot') ? f : { is: f };
    const parts: Sql[] = [];
    if (ops.is !== undefined) {
      parts.push(ops.is === null ? Prisma.sql`${column(alias, fk)} IS NULL` : exists(l, alias, names, (inner) => whereToSql(l.table, ops.is as Where, inner, names)));
    }
    if (ops.isNot !== undefined) {
      parts.push(
        ops.isNot === null
          ? Prisma.sql`${column(alias, fk)} IS NOT NULL`
          : Prisma.sql`(${column(alias, fk)} IS NULL OR ${exists(l, alias, names, (inner) => Prisma.sql`NOT (${whereToSql(l.table, ops.isNot as Where, inner, names)})`)})`,
      );
    }
    return allOf(parts);
  }
  const parts: Sql[] = [];
  for (const [op, nested] of Object.entries((filter ?? {}) as Where)) {
    if (nested === undefined) continue;
    const cond = (inner: string) => whereToSql(l.table, (nested ?? {}) as Where, inner, names);
    if (op === 'some') parts.push(exists(l, alias, names, cond));
    else if (op === 'none') parts.push(Prisma.sql`NOT ${exists(l, alias, names, cond)}`);
    else if (op === 'every') parts.push(Prisma.sql`NOT ${exists(l, alias, names, (inner) => Prisma.sql`NOT (${cond(inner)})`)}`);
    else throw new Error(`Unsupported relation operator ${op}`);
  }
  return allOf(parts);
}
