import { Prisma } from '@pilar/db';
import { column, ident } from '../../lib/where-sql.ts';

type Sql = Prisma.Sql;

/** Values a dimension's SQL may depend on (bound as parameters). */
export interface SqlParams {
  /** Ages are counted on this day (YYYY-MM-DD). */
  asOf: string;
  /**
   * Count ages from the birth year (the age reached in the year of asOf), for roles that may
   * not see birth dates: an exact age would let them move asOf day by day until a person
   * changes band, which is their birthday.
   */
  byYear: boolean;
}

/** Tables whose records can be a group, with the columns that label them. */
export const LABELS = {
  Region: { name: 'name', code: 'code' },
  AidStandard: { name: 'name', code: 'code' },
  Program: { name: 'name', code: null },
  TrainingSession: { name: 'title', code: null },
  Venue: { name: 'name', code: null },
  DistrictGroup: { name: 'name', code: null },
} as const;
export type LabelTable = keyof typeof LABELS;

export type DimensionType =
  | { kind: 'record'; table: LabelTable }
  | { kind: 'enum'; enumName: string }
  | { kind: 'int' }
  | { kind: 'month' }
  | { kind: 'ageBand' };

export interface Dimension {
  /** The groupBy enum value and the key field. */
  name: string;
  description: string;
  type: DimensionType;
  /** The grouped expression; `t` is the aggregated table. */
  expr: (p: SqlParams) => Sql;
  /** Named joins it needs (see AggregateSpec.joins). */
  joins?: string[];
  /** Derived from a field hidden in the masked view (a birth month): refused for AUDITOR and VIEWER. */
  personal?: boolean;
}

export interface Measure {
  name: string;
  description: string;
  expr: Sql;
  joins?: string[];
}

export interface Join {
  sql: Sql;
  requires?: string[];
}

export interface AggregateSpec {
  /** Prisma model aggregated, aliased `t`. */
  model: string;
  /** The query field, e.g. `beneficiariesAggregate`. */
  field: string;
  description: string;
  joins?: Record<string, Join>;
  dimensions: Dimension[];
  /**
   * The persons a group counts, for small-group suppression: `rows` when each row is a person,
   * an expression counted distinctly, or null when the figures are not about persons.
   */
  persons: 'rows' | Measure | null;
  /** Distinct counts offered as measures. */
  distinct?: Measure[];
  /** Numeric expressions offered for sum, avg, min and max. */
  numbers?: Measure[];
}

export const t = (name: string) => column('t', name);

/** A record dimension: grouped by id, labelled by the record's name (and code). */
export function record(name: string, table: LabelTable, expr: Sql, description: string, joins?: string[]): Dimension {
  return { name, description, type: { kind: 'record', table }, expr: () => expr, ...(joins ? { joins } : {}) };
}

export function enumDim(name: string, enumName: string, expr: Sql, description: string, joins?: string[]): Dimension {
  return { name, description, type: { kind: 'enum', enumName }, expr: () => expr, ...(joins ? { joins } : {}) };
}

/**
 * `<name>Year` and `<name>Month` (YYYY-MM) of a date or date-time column. Date-times are
 * stored in UTC and bucketed in WIB (UTC+7, no daylight saving), the regency's time.
 */
export function dateBuckets(name: string, expr: Sql, what: string, options: { dateTime?: boolean; joins?: string[]; personal?: boolean } = {}): Dimension[] {
  const local = options.dateTime ? Prisma.sql`(${expr} + interval '7 hours')` : expr;
  const joins = options.joins ? { joins: options.joins } : {};
  return [
    { name: `${name}Year`, description: `Year of ${what}.`, type: { kind: 'int' }, expr: () => Prisma.sql`extract(year from ${local})::int`, ...joins },
    {
      name: `${name}Month`,
      description: `Month of ${what}, as YYYY-MM.${options.personal ? ' Not for AUDITOR and VIEWER (part of a birth date, hence of a NIK).' : ''}`,
      type: { kind: 'month' },
      expr: () => Prisma.sql`to_char(${local}, 'YYYY-MM')`,
      ...joins,
      ...(options.personal ? { personal: true } : {}),
    },
  ];
}

/** Lower bounds of the age bands: 0–17 (children), 18–29, …, 60–69, 70–79, 80+. */
export const AGE_BANDS = [0, 18, 30, 40, 50, 60, 70, 80] as const;

/** The age band (its lower bound) of a birth date, on `asOf`. */
export function ageBand(name: string, birthDate: Sql, whose: string, joins?: string[]): Dimension {
  return {
    name,
    description: `Age band of ${whose} on ageAsOf (default today): 0–17, 18–29, 30–39, 40–49, 50–59, 60–69, 70–79, 80+. For AUDITOR and VIEWER the age is the one reached in the year of ageAsOf (from the birth year alone).`,
    type: { kind: 'ageBand' },
    expr: (p) => {
      const age = p.byYear
        ? Prisma.sql`(extract(year from ${p.asOf}::date) - extract(year from ${birthDate}))`
        : Prisma.sql`date_part('year', age(${p.asOf}::date, ${birthDate}))`;
      const cases = [...AGE_BANDS].reverse().map((from) => Prisma.sql`WHEN ${age} >= ${Prisma.raw(String(from))} THEN ${Prisma.raw(String(from))}`);
      return Prisma.sql`(CASE ${Prisma.join(cases, ' ')} END)`;
    },
    ...(joins ? { joins } : {}),
  };
}

/**
 * Region levels above (and at) a region id: `village`, `district`, `regency`, found by walking
 * up the Region tree from `regionId` (a village, or for workers possibly a district). Adds the
 * joins `<prefix>0`…`<prefix>2` (primary-key lookups on a table of a few thousand rows).
 */
export function regionLevels(prefix: string, regionId: Sql, whose: string, requires: string[] = []) {
  const a = (i: number) => `${prefix}${i}`;
  const joins: Record<string, Join> = {
    [a(0)]: { sql: Prisma.sql`LEFT JOIN "Region" AS ${Prisma.raw(ident(a(0)))} ON ${column(a(0), 'id')} = ${regionId}`, requires },
    [a(1)]: { sql: Prisma.sql`LEFT JOIN "Region" AS ${Prisma.raw(ident(a(1)))} ON ${column(a(1), 'id')} = ${column(a(0), 'parentId')}`, requires: [a(0)] },
    [a(2)]: { sql: Prisma.sql`LEFT JOIN "Region" AS ${Prisma.raw(ident(a(2)))} ON ${column(a(2), 'id')} = ${column(a(1), 'parentId')}`, requires: [a(1)] },
  };
  const level = (name: 'VILLAGE' | 'DISTRICT' | 'REGENCY', depth: number) => {
    const cases = Array.from({ length: depth + 1 }, (_, i) => Prisma.sql`WHEN ${column(a(i), 'level')} = ${Prisma.raw(`'${name}'`)} THEN ${column(a(i), 'id')}`);
    return Prisma.sql`(CASE ${Prisma.join(cases, ' ')} END)`;
  };
  const dimensions: Dimension[] = [
    record('village', 'Region', level('VILLAGE', 0), `The village (desa/kelurahan) of ${whose}; null when it is a district.`, [a(0)]),
    record('district', 'Region', level('DISTRICT', 1), `The district (kecamatan) of ${whose}.`, [a(1)]),
    record('regency', 'Region', level('REGENCY', 2), `The regency (kabupaten) of ${whose}.`, [a(2)]),
  ];
  return { joins, dimensions };
}
