import { Prisma } from '@pilar/db';
import { column, ident } from '../../lib/where-sql.ts';
import { LABELS, type AggregateSpec, type Dimension, type SqlParams } from './spec.ts';

type Sql = Prisma.Sql;

export const NUMBER_OPS = ['sum', 'avg', 'min', 'max'] as const;
export type NumberOp = (typeof NUMBER_OPS)[number];

/** What one aggregate statement computes. */
export interface StatementPlan {
  dimensions: Dimension[];
  /** The SQL condition on `t` (the list's where, scope and live-records rule). */
  where: Sql;
  persons: boolean;
  distinct: string[];
  numbers: { op: NumberOp; name: string }[];
  params: SqlParams;
  limit: number;
}

/**
 * One grouped statement: the filtered rows of `t` with just the joins the chosen dimensions and
 * measures need, grouped in the database, then labelled by joining each record dimension's
 * table once (so the statement count never depends on the number of groups).
 */
export function aggregateStatement(spec: AggregateSpec, plan: StatementPlan): Sql {
  const measure = (name: string, list: AggregateSpec['distinct']) => list?.find((m) => m.name === name);
  const needed = new Set<string>();
  const need = (names: string[] | undefined) => {
    for (const name of names ?? []) {
      const join = spec.joins?.[name];
      if (!join) throw new Error(`${spec.model}: unknown join ${name}`);
      need(join.requires);
      needed.add(name);
    }
  };
  for (const d of plan.dimensions) need(d.joins);
  const persons = plan.persons && spec.persons && spec.persons !== 'rows' ? spec.persons : null;
  if (persons) need(persons.joins);
  for (const name of plan.distinct) need(measure(name, spec.distinct)!.joins);
  for (const { name } of plan.numbers) need(measure(name, spec.numbers)!.joins);
  // Declaration order of spec.joins respects `requires`.
  const joins = Object.entries(spec.joins ?? {})
    .filter(([name]) => needed.has(name))
    .map(([, join]) => join.sql);

  const keys = plan.dimensions.map((d, i) => Prisma.sql`${d.expr(plan.params)} AS ${Prisma.raw(`k${i}`)}`);
  const measures: Sql[] = [Prisma.sql`count(*)::int AS "count"`];
  if (plan.persons && spec.persons) {
    measures.push(spec.persons === 'rows' ? Prisma.sql`count(*)::int AS "persons"` : Prisma.sql`count(DISTINCT ${spec.persons.expr})::int AS "persons"`);
  }
  for (const name of plan.distinct) {
    measures.push(Prisma.sql`count(DISTINCT ${measure(name, spec.distinct)!.expr})::int AS ${Prisma.raw(ident(`distinct_${name}`))}`);
  }
  for (const { op, name } of plan.numbers) {
    measures.push(Prisma.sql`${Prisma.raw(op)}(${measure(name, spec.numbers)!.expr})::float8 AS ${Prisma.raw(ident(`${op}_${name}`))}`);
  }
  const groupBy = plan.dimensions.length ? Prisma.sql`GROUP BY ${Prisma.raw(plan.dimensions.map((_, i) => String(i + 1)).join(', '))}` : Prisma.empty;
  const inner = Prisma.sql`SELECT ${Prisma.join([...keys, ...measures])}
    FROM ${Prisma.raw(ident(spec.model))} AS "t" ${joins.length ? Prisma.join(joins, ' ') : Prisma.empty}
    WHERE ${plan.where}
    ${groupBy}`;

  const labels: Sql[] = [];
  const labelJoins: Sql[] = [];
  const order: Sql[] = [];
  plan.dimensions.forEach((d, i) => {
    const key = column('g', `k${i}`);
    if (d.type.kind === 'record') {
      const table = LABELS[d.type.table];
      const l = `l${i}`;
      labelJoins.push(Prisma.sql`LEFT JOIN ${Prisma.raw(ident(d.type.table))} AS ${Prisma.raw(ident(l))} ON ${column(l, 'id')} = ${key}`);
      labels.push(Prisma.sql`${column(l, table.name)} AS ${Prisma.raw(ident(`n${i}`))}`);
      if (table.code) {
        labels.push(Prisma.sql`${column(l, table.code)} AS ${Prisma.raw(ident(`c${i}`))}`);
        order.push(Prisma.sql`${column(l, table.code)} NULLS LAST`);
      } else order.push(Prisma.sql`${column(l, table.name)} NULLS LAST`);
    }
    order.push(Prisma.sql`${key} NULLS LAST`);
  });
  return Prisma.sql`SELECT "g".*${labels.length ? Prisma.sql`, ${Prisma.join(labels)}` : Prisma.empty}
    FROM (${inner}) AS "g" ${labelJoins.length ? Prisma.join(labelJoins, ' ') : Prisma.empty}
    ${order.length ? Prisma.sql`ORDER BY ${Prisma.join(order)}` : Prisma.empty}
    LIMIT ${Prisma.raw(String(plan.limit))}`;
}
